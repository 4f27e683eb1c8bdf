package org.pdbot.submit;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;

/**
 * A MimeMessage whose Message-ID is ours for good: Jakarta Mail would otherwise replace it with a new one
 * on every {@code saveChanges()}, and the id recorded for reply matching would not be the one sent.
 */
public final class FixedIdMimeMessage extends MimeMessage {

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
}
