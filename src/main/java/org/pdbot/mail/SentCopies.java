package org.pdbot.mail;

import java.util.Optional;

/**
 * Where the clinic keeps a copy of every mail pdbot sends (the Bcc archive mailbox, or the provider's Sent
 * folder): the evidence that settles a send interrupted by a crash.
 */
public interface SentCopies {

    /** False when no archive is configured: an interrupted send then stays POSSIBLY_SENT for a person. */
    boolean available();

    /**
     * Where the copy with this Message-ID is ("folder INBOX of intake@clinic.test"), or empty when none is there.
     *
     * @throws Exception when the archive cannot be searched right now (the answer is then unknown, not "no")
     */
    Optional<String> find(String messageId) throws Exception;

    /** What is searched, in words, for the record and for the person told. */
    String describe();
}
