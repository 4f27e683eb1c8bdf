package org.pdbot.casefile;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads the intake fixtures of {@code src/test/resources/intake/} and raw MIME text as Angus messages. */
final class IntakeMail {

    private static final Session SESSION = Session.getInstance(new Properties());

    private IntakeMail() {
    }

    static MimeMessage fixture(String name) {
        try (InputStream in = IntakeMail.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message from MIME text; bare LF line ends are fine. */
    static MimeMessage parse(String mime) {
        return parse(mime.getBytes(StandardCharsets.ISO_8859_1));
    }

    static MimeMessage parse(byte[] mime) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(mime));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
