package org.pdbot.casefile;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.pdbot.testing.Mime;

/** The intake fixtures of {@code src/test/resources/intake/}, and MIME text as it arrives on the wire (8-bit). */
final class IntakeMail {

    private IntakeMail() {
    }

    static MimeMessage fixture(String name) {
        return Mime.resource("/intake/" + name);
    }

    /** A message from MIME text, each char one byte (ISO-8859-1), as 8-bit mail arrives. */
    static MimeMessage parse(String mime) {
        return Mime.parse(mime.getBytes(StandardCharsets.ISO_8859_1));
    }

    static MimeMessage parse(byte[] mime) {
        return Mime.parse(mime);
    }
}
