package org.pdbot.casefile;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attachment names as a person should see them: decoded from RFC 2047 ({@code =?UTF-8?B?...?=}) and RFC 2231
 * ({@code UTF-8''...}) forms, without any directory part, line breaks or control characters. The name is
 * only ever shown; files on disk get names of their own.
 */
final class FileNames {

    private static final int MAX_LENGTH = 200;
    private static final Pattern RFC2231 = Pattern.compile("^([A-Za-z0-9._:-]+)'[A-Za-z-]*'(.*)$");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"), Map.entry("image/jpeg", "jpg"), Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"), Map.entry("image/tiff", "tif"), Map.entry("image/heic", "heic"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("text/plain", "txt"), Map.entry("text/html", "html"), Map.entry("text/calendar", "ics"),
            Map.entry("application/zip", "zip"));

    private FileNames() {
    }

    /** The readable name of an attachment, or {@code attachment.<ext>} when it has none usable. */
    static String displayName(String raw, String contentType) {
        String name = raw == null ? "" : decode(raw);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (name.isEmpty() || name.matches("\\.+")) {
            return "attachment." + extensionFor(contentType);
        }
        if (name.length() > MAX_LENGTH) {
            String ext = extension(name);
            name = name.substring(0, MAX_LENGTH - ext.length() - 1) + "." + ext;
        }
        return name;
    }

    /** A short alphanumeric extension for the file on disk, taken from the name or else the content type. */
    static String diskExtension(String displayName, String contentType) {
        String ext = extension(displayName);
        return SAFE_EXTENSION.matcher(ext).matches() ? ext.toLowerCase(Locale.ROOT) : extensionFor(contentType);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String extensionFor(String contentType) {
        return EXTENSIONS.getOrDefault(contentType, "bin");
    }

    private static String decode(String raw) {
        String name = raw;
        Matcher m = RFC2231.matcher(name);
        if (m.matches() && name.contains("%")) {
            name = percentDecode(m.group(2), m.group(1));
        }
        if (name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException | RuntimeException e) {
                // keep the name as sent
            }
        }
        return name;
    }

    /** Decodes an RFC 2231 value the mail library left encoded (when mail.mime.decodeparameters is off). */
    private static String percentDecode(String value, String charsetName) {
        Charset charset;
        try {
            charset = Charset.forName(MimeUtility.javaCharset(charsetName));
        } catch (RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
