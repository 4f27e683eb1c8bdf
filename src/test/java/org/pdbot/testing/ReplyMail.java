package org.pdbot.testing;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The reply fixtures of {@code src/test/resources/replies/} and raw MIME text, as Angus messages. */
public final class ReplyMail {

    public static final String REQUEST_ID = "<pdbot.0123456789abcdef.0123456789abcdef@clinic.test>";
    public static final Path RULES = Path.of("config/reply-rules.yaml");

    private ReplyMail() {
    }

    public static MimeMessage fixture(String name) {
        return Mime.resource("/replies/" + name);
    }

    /** A message from MIME text (UTF-8); bare LF line ends are fine. */
    public static MimeMessage parse(String mime) {
        return Mime.parse(mime.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text reply with the given extra headers (each ending in a newline) and body. */
    public static MimeMessage reply(String headers, String body) {
        return parse("From: \"Coleman, Jennifer R\" <Jennifer.R.Coleman@ice.dhs.gov>\nTo: pd@clinic.test\n"
                + "Subject: RE: PD Request\nMessage-ID: <reply.1@ice.dhs.gov>\n" + headers
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body);
    }
}
