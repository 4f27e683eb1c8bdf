package org.pdbot.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The entries of an {@code acceptedAttachmentTypes} list: a MIME type ({@code application/pdf}, {@code image/*})
 * or a file extension ({@code .pdf} or {@code pdf}). A document is accepted when its content type matches a
 * MIME entry or its file name ends with an extension entry, ignoring case.
 */
public final class AttachmentTypes {

    private static final Pattern MIME = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/([a-z0-9][a-z0-9!#$&^_.+-]*|\\*)");
    private static final Pattern EXTENSION = Pattern.compile("\\.?[a-z0-9]{1,10}");
    private static final Map<String, String> NAMES = Map.of(
            "application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG", "image/*", "images",
            "image/tiff", "TIFF", "image/heic", "HEIC", "text/plain", "plain text",
            "application/msword", "Word document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");

    private AttachmentTypes() {
    }

    /** Why the entry is not a MIME type or an extension, in words for the person editing the file; empty when it is. */
    public static Optional<String> problem(String entry) {
        if (entry == null || entry.isBlank()) {
            return Optional.of("an empty entry");
        }
        String e = normalize(entry);
        return MIME.matcher(e).matches() || EXTENSION.matcher(e).matches() ? Optional.empty()
                : Optional.of("'" + entry + "', which is neither a MIME type (application/pdf) nor an extension (.pdf)");
    }

    /** Whether a document with this content type and file name (either may be null) matches any entry. */
    public static boolean accepts(List<String> entries, String contentType, String fileName) {
        return entries.stream().anyMatch(e -> matches(e, contentType, fileName));
    }

    static boolean matches(String entry, String contentType, String fileName) {
        String e = normalize(entry);
        if (e.contains("/")) {
            if (contentType == null) {
                return false;
            }
            String type = normalize(contentType.split(";", 2)[0]);
            return e.endsWith("/*") ? type.startsWith(e.substring(0, e.length() - 1)) : type.equals(e);
        }
        String ext = e.startsWith(".") ? e : "." + e;
        return fileName != null && normalize(fileName).endsWith(ext);
    }

    /** The entries as a person says them: "PDF, JPEG, .tif". */
    public static String describe(List<String> entries) {
        return entries.stream().map(AttachmentTypes::name).distinct().collect(Collectors.joining(", "));
    }

    /** What kind of file a document is, for a person: "Word (.docx)", "PDF", ".heic". */
    public static String kindOf(String contentType, String fileName) {
        if (contentType != null) {
            String known = NAMES.get(normalize(contentType.split(";", 2)[0]));
            if (known != null) {
                return known;
            }
        }
        if (fileName != null) {
            int dot = fileName.lastIndexOf('.');
            if (dot >= 0 && dot < fileName.length() - 1) {
                return name(fileName.substring(dot));
            }
        }
        return contentType == null || contentType.isBlank() ? "unknown type" : normalize(contentType);
    }

    private static String name(String entry) {
        String e = normalize(entry);
        if (e.contains("/")) {
            return NAMES.getOrDefault(e, e);
        }
        String ext = e.startsWith(".") ? e.substring(1) : e;
        return switch (ext) {
            case "pdf" -> "PDF";
            case "jpg", "jpeg" -> "JPEG";
            case "png" -> "PNG";
            default -> "." + ext;
        };
    }

    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
