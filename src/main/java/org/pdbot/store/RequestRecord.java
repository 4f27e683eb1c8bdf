package org.pdbot.store;

import java.time.Instant;
import java.time.LocalDate;

/** A PD request as stored. */
public record RequestRecord(long id, long intakeId, String aNumber, String clientName, String pdTypes,
                            String officeCode, String officeAddress, String matchedBy, String subject,
                            String reference, String messageId, LocalDate nextHearing, Boolean detained,
                            String attorneyEmail, String status, Instant createdAt, Instant sentAt) {

    /** The status as the enum that knows its moves ({@link #status} is its stored name). */
    public RequestStatus state() {
        return RequestStatus.valueOf(status);
    }
}
