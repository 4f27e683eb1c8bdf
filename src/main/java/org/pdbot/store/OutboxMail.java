package org.pdbot.store;

/** A mail waiting in (or gone from) the outbox. */
public record OutboxMail(long id, String kind, Long intakeId, Long requestId, String messageId, String recipients,
                         String emlPath, String status, int attempts, String lastError) {

    /** The PD request itself (its sending decides the request's status), not a notice about it. */
    public boolean isRequest() {
        return "REQUEST".equals(kind) && requestId != null;
    }
}
