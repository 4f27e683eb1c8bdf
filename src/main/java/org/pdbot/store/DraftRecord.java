package org.pdbot.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft shown to a request's attorney: {@code requestMails} the mails composed for it, {@code letter} what it
 * showed (null for drafts made before pdbot kept it).
 */
public record DraftRecord(long id, long requestId, int version, String messageId, String reference, String reviewer,
                          List<Path> requestMails, String recipients, boolean superseded, Instant createdAt,
                          Letter letter) {
    public DraftRecord {
        requestMails = List.copyOf(requestMails);
    }

    /** The letter as the draft showed it: its date, its text, and the compliance findings (as JSON). */
    public record Letter(LocalDate date, String text, String findings) {
    }
}
