package org.pdbot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A MimeMessage whose Message-ID is ours for good: Jakarta Mail would otherwise replace it with a new one
 * on every {@code saveChanges()}, and the id recorded for reply matching would not be the one sent. It also
 * remembers whether its whole content was handed to the SMTP server ({@link #contentWritten}): from then on a
 * broken connection leaves it unknown whether the server accepted the mail.
 */
public final class FixedIdMimeMessage extends MimeMessage {

    private volatile boolean contentWritten;

    public FixedIdMimeMessage(Session session) {
        super(session);
    }

    public FixedIdMimeMessage(Session session, InputStream in) throws MessagingException {
        super(session, in);
    }

    @Override
    protected void updateMessageID() {
        // keep the Message-ID set by pdbot
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
        contentWritten = false;
        super.writeTo(os, ignoreList);
        contentWritten = true;
    }

    /** True once the message was written out in full (SMTP DATA), the last time it was written. */
    public boolean contentWritten() {
        return contentWritten;
    }
}
