package org.pdbot.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/** The reply fixtures of {@code src/test/resources/replies/} and raw MIME text, as Angus messages. */
public final class ReplyMail {

    public static final String REQUEST_ID = "<pdbot.0123456789abcdef.0123456789abcdef@clinic.test>";
    public static final Path RULES = Path.of("config/reply-rules.yaml");
    private static final Session SESSION = Session.getInstance(new Properties());

    private ReplyMail() {
    }

    public static MimeMessage fixture(String name) {
        try (InputStream in = ReplyMail.class.getResourceAsStream("/replies/" + name)) {
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
    public static MimeMessage parse(String mime) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain-text reply with the given extra headers (each ending in a newline) and body. */
    public static MimeMessage reply(String headers, String body) {
        return parse("From: \"Coleman, Jennifer R\" <Jennifer.R.Coleman@ice.dhs.gov>\nTo: pd@clinic.test\n"
                + "Subject: RE: PD Request\nMessage-ID: <reply.1@ice.dhs.gov>\n" + headers
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body);
    }
}
