package org.pdbot.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A draft shown to a request's attorney; {@code requestMails} are exactly the mails approval will send. */
public record DraftRecord(long id, long requestId, int version, String messageId, String reference, String reviewer,
                          List<Path> requestMails, String recipients, boolean superseded, Instant createdAt) {
    public DraftRecord {
        requestMails = List.copyOf(requestMails);
    }
}
