package org.pdbot.tracking;

import org.pdbot.mail.ReplyText;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.DispositionNotification;

/**
 * Standard reports: RFC 3464 delivery status notifications ({@code multipart/report; report-type=delivery-status},
 * or any multipart holding a {@code message/delivery-status} part) and RFC 3798 message disposition
 * notifications (read receipts, {@code report-type=disposition-notification}). The fields are read with Angus
 * Mail's DSN module; per recipient, a failure is chosen over a delay over a success.
 */
final class DsnParser {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>;,\"]+@[^\\s<>;,\"]+\\.[A-Za-z0-9-]+");

    /** One per-recipient group of a delivery-status part. */
    record Recipient(String address, String action, String status, String diagnostic) {
    }

    private DsnParser() {
    }

    static Optional<DeliveryReport> read(MimeMessage m, BounceRules rules) {
        Part report = findReport(m, 0);
        if (report == null) {
            return Optional.empty();
        }
        List<Recipient> recipients = new ArrayList<>();
        InternetHeaders disposition = null;
        String explanation = "";
        for (BodyPart part : ReplyText.children(report)) {
            String type = ReplyText.baseType(part);
            switch (type) {
                case "message/delivery-status", "message/global-delivery-status" ->
                        recipients.addAll(recipients(ReturnedOriginal.raw(part)));
                case "message/disposition-notification", "message/global-disposition-notification" ->
                        disposition = disposition(ReturnedOriginal.raw(part));
                case "text/plain", "text/html", "multipart/alternative" -> {
                    if (explanation.isBlank()) {
                        explanation = ReplyText.body(part);
                    }
                }
                default -> {
                    // the returned original is read by ReturnedOriginal
                }
            }
        }
        ReturnedOriginal original = ReturnedOriginal.in(report);
        if (disposition != null) {
            String value = disposition.getHeader("Disposition", null);
            String what = value == null ? "read receipt" : "read receipt: " + value.replaceAll("\\s+", " ").strip();
            String recipient = address(first(disposition, "Original-Recipient", "Final-Recipient"));
            return Optional.of(new DeliveryReport(DeliveryReport.Outcome.DELIVERED, recipient, null, null, null,
                    original.messageIds(), original.subject(), DeliveryReport.shorten(explanation),
                    "disposition notification (" + what + ")"));
        }
        Recipient chosen = choose(recipients);
        String status = chosen == null ? null : chosen.status();
        String diagnostic = chosen == null ? null : chosen.diagnostic();
        String action = chosen == null || chosen.action() == null ? "" : chosen.action().toLowerCase(Locale.ROOT);
        if (status == null) {
            status = BounceRules.status(explanation);
        }
        DeliveryReport.Outcome outcome = outcome(action, status, explanation, rules);
        String recipient = chosen == null || chosen.address() == null
                ? rules.recipientIn(rules.beforeCopy(explanation), a -> false) : chosen.address();
        BounceReason reason = outcome == DeliveryReport.Outcome.DELIVERED ? null
                : rules.reason(status, (diagnostic == null ? "" : diagnostic + "\n") + rules.beforeCopy(explanation));
        List<String> failed = recipients.stream()
                .filter(r -> r.address() != null && r.action() != null && r.action().toLowerCase(Locale.ROOT).startsWith("failed"))
                .map(Recipient::address).toList();
        if (failed.isEmpty() && outcome == DeliveryReport.Outcome.FAILED && recipient != null) {
            failed = List.of(recipient);
        }
        return Optional.of(new DeliveryReport(outcome, recipient, status, diagnostic, reason, original.messageIds(),
                original.subject(), DeliveryReport.shorten(explanation),
                "delivery-status report: " + outcome.name().toLowerCase(Locale.ROOT)
                        + (action.isEmpty() ? "" : " (Action: " + action + ")"), failed));
    }

    /** The report part of a DSN or MDN, or the mail itself when it carries a message/delivery-status part. */
    private static Part findReport(Part part, int depth) {
        if (depth > 3) {
            return null;
        }
        String type = ReplyText.baseType(part);
        if (!type.startsWith("multipart/")) {
            return null;
        }
        List<BodyPart> children = ReplyText.children(part);
        for (BodyPart child : children) {
            String childType = ReplyText.baseType(child);
            if (childType.endsWith("delivery-status") || childType.endsWith("disposition-notification")) {
                return part;
            }
        }
        for (BodyPart child : children) {
            Part found = findReport(child, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static DeliveryReport.Outcome outcome(String action, String status, String text, BounceRules rules) {
        if (action.startsWith("failed")) {
            return DeliveryReport.Outcome.FAILED;
        }
        if (action.startsWith("delayed")) {
            return DeliveryReport.Outcome.DELAYED;
        }
        if (action.startsWith("delivered") || action.startsWith("relayed") || action.startsWith("expanded")) {
            return DeliveryReport.Outcome.DELIVERED;
        }
        if (status != null) {
            return switch (status.charAt(0)) {
                case '2' -> DeliveryReport.Outcome.DELIVERED;
                case '4' -> DeliveryReport.Outcome.DELAYED;
                default -> DeliveryReport.Outcome.FAILED;
            };
        }
        return rules.delayedPhrase(text).isPresent() ? DeliveryReport.Outcome.DELAYED : DeliveryReport.Outcome.FAILED;
    }

    /** Failed first, then delayed, then anything else. */
    private static Recipient choose(List<Recipient> recipients) {
        for (String wanted : List.of("failed", "delayed")) {
            for (Recipient r : recipients) {
                if (r.action() != null && r.action().toLowerCase(Locale.ROOT).startsWith(wanted)) {
                    return r;
                }
            }
        }
        return recipients.isEmpty() ? null : recipients.get(0);
    }

    /** The per-recipient groups, by Angus's parser; by a lenient one when that refuses the text. */
    static List<Recipient> recipients(String body) {
        List<InternetHeaders> groups = new ArrayList<>();
        try {
            DeliveryStatus ds = new DeliveryStatus(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
            for (int i = 0; i < ds.getRecipientDSNCount(); i++) {
                groups.add(ds.getRecipientDSN(i));
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            groups.clear();
        }
        if (groups.stream().noneMatch(g -> g.getHeader("Action") != null || g.getHeader("Final-Recipient") != null)) {
            groups = lenientGroups(body);
        }
        List<Recipient> out = new ArrayList<>();
        for (InternetHeaders g : groups) {
            if (g.getHeader("Action") == null && g.getHeader("Final-Recipient") == null) {
                continue;
            }
            String diagnostic = first(g, "Diagnostic-Code");
            out.add(new Recipient(address(first(g, "Original-Recipient", "Final-Recipient")), first(g, "Action"),
                    BounceRules.status(first(g, "Status")), diagnostic == null ? null : clean(diagnostic)));
        }
        return out;
    }

    /** Groups separated by blank lines, for reports with stray indentation or blank lines Angus stops at. */
    private static List<InternetHeaders> lenientGroups(String body) {
        List<InternetHeaders> groups = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            InternetHeaders h = ReturnedOriginal.headers(block.strip() + "\n\n");
            if (h != null) {
                groups.add(h);
            }
        }
        return groups;
    }

    private static InternetHeaders disposition(String body) {
        try {
            return new DispositionNotification(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)))
                    .getNotifications();
        } catch (MessagingException | IOException | RuntimeException e) {
            return ReturnedOriginal.headers(body);
        }
    }

    private static String first(InternetHeaders h, String... names) {
        for (String name : names) {
            String v = h.getHeader(name, null);
            if (v != null && !v.isBlank()) {
                return MimeUtility.unfold(v).strip();
            }
        }
        return null;
    }

    /** "rfc822; pd.atlanta@ice.dhs.gov" → "pd.atlanta@ice.dhs.gov". */
    static String address(String field) {
        if (field == null) {
            return null;
        }
        String value = field.contains(";") ? field.substring(field.indexOf(';') + 1) : field;
        Matcher m = ADDRESS.matcher(value);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    /** "smtp; 550 5.1.1 …" → "550 5.1.1 …", on one line. */
    private static String clean(String diagnostic) {
        String d = diagnostic.replaceAll("\\s+", " ").strip();
        int semi = d.indexOf(';');
        if (semi > 0 && semi < 12 && d.substring(0, semi).matches("(?i)[a-z0-9-]+")) {
            d = d.substring(semi + 1).strip();
        }
        return d.length() > 500 ? d.substring(0, 500) + "…" : d;
    }
}
