package org.pdbot.store;

/** A mail waiting in (or gone from) the outbox. */
public record OutboxMail(long id, String kind, Long intakeId, Long requestId, String messageId, String recipients,
                         String emlPath, String status, int attempts, String lastError) {
}
