package org.pdbot.casefile;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text of a text/plain or text/html part in whatever charset and transfer encoding it came in.
 * A charset Java does not know, or a transfer encoding that does not decode, becomes a problem and a best
 * guess, never an exception.
 */
public final class PartText {

    static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PartText() {
    }

    /** The decoded text of a text part (HTML stays HTML), or null when it cannot be read at all. */
    public static String read(Part part) {
        return read(part, PartInfo.of(part), new java.util.ArrayList<>());
    }

    /** The decoded text, or null when the part could not be read at all (a problem says why). */
    static String read(Part part, PartInfo info, List<String> problems) {
        byte[] bytes = bytes(part, problems);
        if (bytes == null) {
            return null;
        }
        String text = decode(bytes, info.charset(), problems);
        if (info.flowed() && !info.isHtml()) {
            text = FlowedText.unflow(text, info.delSp());
        }
        return text;
    }

    private static byte[] bytes(Part part, List<String> problems) {
        try (InputStream in = part.getInputStream()) {
            return readCapped(in, problems);
        } catch (IOException | MessagingException e) {
            // Usually an unknown Content-Transfer-Encoding or broken base64: fall back to the bytes as sent.
            try (InputStream raw = rawStream(part)) {
                if (raw != null) {
                    problems.add("A text part could not be decoded from its transfer encoding; it was read as sent");
                    return readCapped(raw, problems);
                }
            } catch (IOException | MessagingException ignored) {
                // reported below
            }
            problems.add("A text part could not be read and was skipped");
            return null;
        }
    }

    private static InputStream rawStream(Part part) throws MessagingException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return null;
    }

    private static byte[] readCapped(InputStream in, List<String> problems) throws IOException {
        byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        if (bytes.length > MAX_TEXT_BYTES) {
            problems.add("A text part is over " + MAX_TEXT_BYTES / (1024 * 1024) + " MB; only its beginning was read");
            return java.util.Arrays.copyOf(bytes, MAX_TEXT_BYTES);
        }
        return bytes;
    }

    static String decode(byte[] bytes, String declared, List<String> problems) {
        if (declared == null || declared.isBlank()) {
            return guess(bytes);
        }
        Charset charset = known(declared.strip());
        if (charset == null) {
            problems.add("The message text declares an unknown charset '" + printable(declared) + "'; it was read as "
                    + (isUtf8(bytes) ? "UTF-8" : "windows-1252"));
            return guess(bytes);
        }
        if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
            return mislabelledUtf8(bytes, problems);
        }
        return new String(bytes, charset);
    }

    /**
     * Text labelled UTF-8 that is not: old clients label Latin-1 that way, and then it holds no UTF-8 sequence
     * at all and reads right as windows-1252. Text that is UTF-8 with broken bytes cannot be read right either
     * way, and a name must never reach OPLA with characters lost: that is a problem for the sender.
     */
    private static String mislabelledUtf8(byte[] bytes, List<String> problems) {
        if (!hasUtf8Sequence(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        problems.add("The message text is labelled UTF-8 but has bytes that are not UTF-8; some characters could not"
                + " be read");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether some non-ASCII character is written as a well-formed UTF-8 sequence. */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (continuation == 0 || i + continuation >= bytes.length) {
                continue;
            }
            boolean wellFormed = true;
            for (int k = 1; k <= continuation; k++) {
                wellFormed &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (wellFormed) {
                return true;
            }
        }
        return false;
    }

    /** Mail clients label windows-1252 text as ISO-8859-1 or US-ASCII; read it as browsers do. */
    private static Charset known(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("us-ascii") || lower.equals("ascii") || lower.equals("iso-8859-1")
                || lower.equals("latin1") || lower.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            String javaName = MimeUtility.javaCharset(name);
            return Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String guess(byte[] bytes) {
        return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String printable(String s) {
        String clean = s.replaceAll("\\p{C}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
