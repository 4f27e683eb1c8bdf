package org.pdbot.store;

import java.time.Instant;

/** An intake as the database holds it; {@code outcome} is null while it is being handled. */
public record IntakeRecord(
        long id,
        String source,
        String messageId,
        String contentHash,
        String sender,
        String subject,
        String rawPath,
        Instant receivedAt,
        String outcome,
        String detail) {
}
