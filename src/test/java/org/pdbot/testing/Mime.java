package org.pdbot.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Mail fixtures and raw MIME as Angus messages, as pdbot's own reader sees them; bare LF line ends are fine. */
public final class Mime {

    private static final Session SESSION = Session.getInstance(new java.util.Properties());

    private Mime() {
    }

    /** A message from a test resource, e.g. {@code /replies/outlook-agreed.eml}. */
    public static MimeMessage resource(String path) {
        try (InputStream in = Mime.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MimeMessage parse(byte[] mime) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(mime));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
