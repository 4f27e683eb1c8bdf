package org.pdbot.store;

import java.time.Instant;

/** A request's status moving, with the reason and the reply that caused it. */
record StatusChange(long requestId, Instant at, String fromStatus, String toStatus, String reason,
                           String messageId) {
}
