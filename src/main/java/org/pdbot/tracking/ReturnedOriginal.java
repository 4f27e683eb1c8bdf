package org.pdbot.tracking;

import org.pdbot.mail.ReplyText;
import org.pdbot.mail.ReplyHeaders;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original message as a delivery report carries it: attached whole ({@code message/rfc822}, also base64 or
 * quoted-printable encoded, or as an {@code .eml} file), its headers alone ({@code text/rfc822-headers}), the
 * {@code Original-Message-ID} field of a receipt, or headers quoted in the report's text. Yields the Message-IDs
 * in that order of trust, and the original's subject.
 */
record ReturnedOriginal(List<String> messageIds, String subject) {

    private static final Pattern ID_LINE = Pattern.compile(
            "^[\\s>|]*(?:Original-)?Message-ID\\s*:\\s*(<?[^<>\\s]+@[^<>\\s]+>?)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SUBJECT_LINE = Pattern.compile("^[\\s>|]*Subject\\s*:[ \\t]*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** pdbot's own ids, wherever they are written (an HTML table cell, a line without its "Message-ID:"). */
    private static final Pattern PDBOT_ID = Pattern.compile("pdbot\\.[0-9a-f]{16}\\.[0-9a-f]{16}@[A-Za-z0-9.-]+[A-Za-z0-9]");
    private static final int MAX_DEPTH = 6;

    ReturnedOriginal {
        messageIds = List.copyOf(messageIds);
    }

    /** What the report carries about its original: ids in order of trust, and the subject. */
    static ReturnedOriginal in(Part report) {
        Set<String> ids = new LinkedHashSet<>();
        String[] subject = {null};
        walk(report, 0, ids, subject);
        String everything = ReplyText.everything(report);
        Matcher lines = ID_LINE.matcher(everything);
        while (lines.find() && ids.size() < ReplyHeaders.MAX_IDS) {
            ids.addAll(ReplyHeaders.ids(lines.group(1)));
        }
        Matcher own = PDBOT_ID.matcher(everything);
        while (own.find() && ids.size() < ReplyHeaders.MAX_IDS) {
            ids.add("<" + own.group() + ">");
        }
        if (subject[0] == null) {
            Matcher s = SUBJECT_LINE.matcher(everything);
            if (s.find()) {
                subject[0] = decode(s.group(1));
            }
        }
        return new ReturnedOriginal(ids.stream().limit(ReplyHeaders.MAX_IDS).toList(), subject[0]);
    }

    private static void walk(Part part, int depth, Set<String> ids, String[] subject) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = ReplyText.baseType(part);
        if (type.startsWith("multipart/")) {
            for (BodyPart child : ReplyText.children(part)) {
                walk(child, depth + 1, ids, subject);
            }
        } else if (type.equals("message/rfc822") || type.equals("message/global") || isEmlFile(part)) {
            ReplyText.attached(part).ifPresent(inner -> {
                List<String> found = new ArrayList<>();
                ReplyHeaders.values(inner, "Message-ID").forEach(v -> found.addAll(ReplyHeaders.ids(v)));
                ids.addAll(found);
                if (subject[0] == null) {
                    subject[0] = subjectOf(inner);
                }
            });
        } else if (type.equals("text/rfc822-headers") || type.equals("message/rfc822-headers")
                || type.equals("message/global-headers")) {
            InternetHeaders headers = headers(raw(part));
            if (headers != null) {
                String[] values = headers.getHeader("Message-ID");
                if (values != null) {
                    for (String v : values) {
                        ids.addAll(ReplyHeaders.ids(v));
                    }
                }
                String s = headers.getHeader("Subject", null);
                if (subject[0] == null && s != null) {
                    subject[0] = decode(s);
                }
            }
        } else if (type.equals("message/disposition-notification")) {
            InternetHeaders fields = headers(raw(part));
            String original = fields == null ? null : fields.getHeader("Original-Message-ID", null);
            if (original != null) {
                ids.addAll(ReplyHeaders.ids(original));
            }
        }
    }

    private static boolean isEmlFile(Part part) {
        try {
            String name = part.getFileName();
            return name != null && name.toLowerCase(Locale.ROOT).endsWith(".eml");
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return ReplyHeaders.first(m, "Subject");
        }
    }

    static InternetHeaders headers(String raw) {
        try (InputStream in = new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))) {
            return new InternetHeaders(in);
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The decoded content of a part as Latin-1 text (header-like parts are ASCII), at most 256 KB. */
    static String raw(Part part) {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(256 * 1024), StandardCharsets.ISO_8859_1);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value)).strip();
        } catch (IOException | RuntimeException e) {
            return value.strip();
        }
    }
}
