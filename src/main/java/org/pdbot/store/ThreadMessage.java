package org.pdbot.store;

import java.time.Instant;

/** One mail in a request's thread (or, with no request, an unmatched OPLA mail). */
public record ThreadMessage(long id, Long requestId, Long intakeId, String messageId, String fromAddress,
                            String subject, Instant receivedAt, String origin, String classification,
                            String matchedBy, String rule, String rawPath, String summary) {
}
