package org.pdbot.tracking;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail system's report that a message was not delivered (or not yet): an RFC 3464 delivery-status report
 * ({@code multipart/report; report-type=delivery-status}), or one of the common non-standard bounces (from
 * MAILER-DAEMON or postmaster, "Undeliverable:", "Mail delivery failed"). Finds the address that failed, the
 * status code, and the Message-ID of the original message, which ties the report to the request.
 *
 * @param failed      a permanent failure; false for a delay warning or a success report
 * @param action      what the report says happened, in words: failed, delayed, delivered
 * @param explanation the mail system's text for people, shortened
 */
record DeliveryReport(boolean failed, String action, String failedRecipient, String status,
                      List<String> originalMessageIds, String explanation, String description) {

    private static final int MAX_EXPLANATION = 4000;
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "^(undeliverable|undelivered mail|delivery status notification|delivery failure|delivery has failed"
                    + "|mail delivery failed|mail delivery failure|returned mail|failure notice|non[- ]?delivery"
                    + "|delivery delayed|delayed mail|warning: (message|delayed)|message delivery failure)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster|mail-daemon)(@|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MESSAGE_ID_LINE = Pattern.compile("^[\\s>]*Message-ID:\\s*(<[^<>\\s]+>)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final List<Pattern> RECIPIENT_IN_TEXT = List.of(
            Pattern.compile("(?:final|original)-recipient:\\s*rfc822;\\s*<?(" + ADDRESS + ")", Pattern.CASE_INSENSITIVE),
            Pattern.compile("RCPT TO:\\s*<(" + ADDRESS + ")>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*<(" + ADDRESS + ")>:?\\s*$", Pattern.MULTILINE),
            Pattern.compile("(?:failed|recipients?|following address(?:es)?)[^\\n]{0,40}:\\s*\\n?\\s*<?(" + ADDRESS + ")",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("message to <?(" + ADDRESS + ")", Pattern.CASE_INSENSITIVE));
    private static final Pattern DELAY_TEXT = Pattern.compile(
            "delay|not yet been delivered|will (continue|retry|keep) (trying|to try)|still trying|warning only",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> COPY_MARKERS = List.of(
            Pattern.compile("^-+\\s*(this is a copy of|below this line|original message|the original message)",
                    Pattern.CASE_INSENSITIVE | Pattern.MULTILINE),
            Pattern.compile("^original message headers:", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));

    static Optional<DeliveryReport> read(MimeMessage m) {
        Part report = findReport(m, 0);
        if (report != null) {
            return Optional.of(standard(m, report));
        }
        String from = fromAddress(m);
        String subject = AutoReplySignals.subject(m);
        boolean daemon = from != null && DAEMON.matcher(from).find();
        boolean bounceSubject = subject != null && BOUNCE_SUBJECT.matcher(subject.strip()).find();
        if (daemon || bounceSubject) {
            return Optional.of(nonStandard(m, daemon ? "bounce from " + from : "bounce subject \"" + subject.strip() + "\""));
        }
        return Optional.empty();
    }

    /** The multipart/report of a DSN, or the mail itself when it carries a message/delivery-status part. */
    private static Part findReport(Part part, int depth) {
        if (depth > 3) {
            return null;
        }
        String type = ReplyText.baseType(part);
        if (type.equals("multipart/report")) {
            String reportType = ReplyText.parameter(part, "report-type");
            if (reportType == null || reportType.toLowerCase(Locale.ROOT).contains("delivery-status")) {
                return part;
            }
            return null; // a read receipt (disposition-notification) is no bounce
        }
        if (type.startsWith("multipart/")) {
            for (BodyPart child : ReplyText.children(part)) {
                String childType = ReplyText.baseType(child);
                if (childType.equals("message/delivery-status") || childType.equals("message/global-delivery-status")) {
                    return part; // a report not labelled multipart/report
                }
                Part found = childType.startsWith("multipart/") ? findReport(child, depth + 1) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static DeliveryReport standard(MimeMessage m, Part report) {
        List<BodyPart> parts = ReplyText.baseType(report).startsWith("multipart/") ? ReplyText.children(report)
                : List.of();
        String explanation = "";
        List<Map<String, String>> recipients = List.of();
        Set<String> ids = new LinkedHashSet<>();
        for (BodyPart part : parts) {
            String type = ReplyText.baseType(part);
            switch (type) {
                case "message/delivery-status", "message/global-delivery-status" ->
                        recipients = recipientFields(raw(part));
                case "message/rfc822", "message/global" ->
                        ReplyText.attached(part).ifPresent(inner -> ids.addAll(ids(ReplyHeaders.values(inner, "Message-ID"))));
                case "text/rfc822-headers", "message/rfc822-headers", "message/global-headers" ->
                        ids.addAll(idsFromHeaders(raw(part)));
                default -> {
                    if (explanation.isEmpty()) {
                        explanation = ReplyText.body(part);
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(idsInText(ReplyText.everything(m)));
        }
        Map<String, String> chosen = choose(recipients);
        String action = chosen.getOrDefault("action", "").toLowerCase(Locale.ROOT);
        String status = statusCode(chosen.get("status"));
        if (status == null) {
            status = firstStatus(explanation);
        }
        String recipient = address(chosen.getOrDefault("original-recipient", chosen.get("final-recipient")));
        if (recipient == null) {
            recipient = recipientInText(explanation);
        }
        boolean failed = action.startsWith("failed") || action.isEmpty() && status != null && status.startsWith("5");
        if (action.isEmpty()) {
            action = failed ? "failed" : status != null && status.startsWith("2") ? "delivered" : "delayed";
        }
        return new DeliveryReport(failed, action, recipient, status, List.copyOf(ids), shorten(explanation),
                "delivery-status report: " + action);
    }

    private static DeliveryReport nonStandard(MimeMessage m, String description) {
        String explanation = ReplyText.body(m);
        String everything = ReplyText.everything(m);
        Set<String> ids = new LinkedHashSet<>();
        for (BodyPart part : attachedParts(m)) {
            ReplyText.attached(part).ifPresent(inner -> ids.addAll(ids(ReplyHeaders.values(inner, "Message-ID"))));
        }
        ids.addAll(idsInText(everything));
        String head = beforeCopy(explanation);
        String status = firstStatus(head);
        String subject = AutoReplySignals.subject(m);
        boolean delayed = (status == null || !status.startsWith("5"))
                && (status != null && status.startsWith("4") || DELAY_TEXT.matcher(head).find()
                    || subject != null && DELAY_TEXT.matcher(subject).find());
        return new DeliveryReport(!delayed, delayed ? "delayed" : "failed", recipientInText(head), status,
                List.copyOf(ids), shorten(head), description);
    }

    private static List<BodyPart> attachedParts(Part m) {
        List<BodyPart> out = new ArrayList<>();
        if (ReplyText.baseType(m).startsWith("multipart/")) {
            for (BodyPart child : ReplyText.children(m)) {
                String type = ReplyText.baseType(child);
                if (type.equals("message/rfc822")) {
                    out.add(child);
                } else if (type.startsWith("multipart/")) {
                    out.addAll(attachedParts(child));
                }
            }
        }
        return out;
    }

    /** The per-recipient field groups of a message/delivery-status body (the first group is per-message). */
    static List<Map<String, String>> recipientFields(String body) {
        List<Map<String, String>> groups = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String last = null;
        for (String line : body.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new LinkedHashMap<>();
                }
                last = null;
            } else if (Character.isWhitespace(line.charAt(0)) && last != null) {
                current.put(last, current.get(last) + " " + line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    current.putIfAbsent(last, line.substring(colon + 1).strip());
                }
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups.stream().filter(g -> g.containsKey("final-recipient") || g.containsKey("action")).toList();
    }

    private static Map<String, String> choose(List<Map<String, String>> recipients) {
        for (String wanted : List.of("failed", "delayed")) {
            for (Map<String, String> r : recipients) {
                if (r.getOrDefault("action", "").toLowerCase(Locale.ROOT).startsWith(wanted)) {
                    return r;
                }
            }
        }
        return recipients.isEmpty() ? Map.of() : recipients.get(0);
    }

    /** "rfc822; pd.atlanta@ice.dhs.gov" → "pd.atlanta@ice.dhs.gov". */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        String value = field.contains(";") ? field.substring(field.indexOf(';') + 1) : field;
        Matcher m = ADDRESS.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String recipientInText(String text) {
        for (Pattern p : RECIPIENT_IN_TEXT) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String statusCode(String field) {
        return field == null ? null : firstStatus(field);
    }

    private static String firstStatus(String text) {
        Matcher m = STATUS.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> idsFromHeaders(String raw) {
        try (InputStream in = new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))) {
            InternetHeaders headers = new InternetHeaders(in);
            String[] values = headers.getHeader("Message-ID");
            return values == null ? idsInText(raw) : ids(List.of(values));
        } catch (MessagingException | IOException | RuntimeException e) {
            return idsInText(raw);
        }
    }

    private static List<String> ids(List<String> headerValues) {
        List<String> out = new ArrayList<>();
        headerValues.forEach(v -> out.addAll(ReplyHeaders.ids(v)));
        return out;
    }

    /** "Message-ID: <…>" lines in a bounce's text, quoted or indented as mail systems print the original. */
    private static List<String> idsInText(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MESSAGE_ID_LINE.matcher(text);
        while (m.find() && out.size() < ReplyHeaders.MAX_IDS) {
            if (m.group(1).contains("@")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String raw(Part part) {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(256 * 1024), StandardCharsets.ISO_8859_1);
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }

    private static String fromAddress(MimeMessage m) {
        String from = ReplyHeaders.first(m, "From");
        if (from == null) {
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(from, false);
            return parsed.length == 0 ? from : parsed[0].getAddress();
        } catch (MessagingException | RuntimeException e) {
            return from;
        }
    }

    private static String beforeCopy(String text) {
        int end = text.length();
        for (Pattern p : COPY_MARKERS) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                end = Math.min(end, m.start());
            }
        }
        return text.substring(0, end);
    }

    private static String shorten(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() > MAX_EXPLANATION ? s.substring(0, MAX_EXPLANATION) + "…" : s;
    }
}
