package org.pdbot.tracking;

import org.pdbot.mail.ReplyText;
import org.pdbot.mail.NewText;
import org.pdbot.mail.ReplyHeaders;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Delivery reports that do not follow RFC 3464: Exchange and Office 365 NDRs, qmail's "failure notice", Exim's
 * "Mail delivery failed", Yahoo's "Failure Notice", Lotus Notes, GroupWise, and bounces that arrive as a plain
 * reply to the request. What counts as one, and what it says, is in {@code config/bounce-rules.yaml}.
 */
final class BounceHeuristics {

    private static final Pattern SMTP_REPLY = Pattern.compile("(?<![\\w.-])[45]\\d\\d[ -](?:[45]\\.\\d{1,3}\\.\\d{1,3}|#?[A-Za-z])");

    private BounceHeuristics() {
    }

    static Optional<DeliveryReport> read(MimeMessage m, BounceRules rules) {
        InternetAddress from = from(m);
        String subject = AutoReplySignals.subject(m);
        String body = ReplyText.body(m);
        String own = rules.beforeCopy(body);
        String failedHeader = ReplyHeaders.first(m, "X-Failed-Recipients");

        String recognisedBy = null;
        Optional<String> reportSubject = rules.reportSubject(subject);
        Optional<String> failedPhrase = rules.failedPhrase(own);
        Optional<String> delayedPhrase = rules.delayedPhrase(own).or(() -> rules.delayedPhrase(String.valueOf(subject)));
        if (from != null && rules.daemonSender(from.getAddress())) {
            recognisedBy = "bounce from " + from.getAddress();
        } else if (from != null && rules.daemonName(from.getPersonal())) {
            recognisedBy = "bounce from \"" + from.getPersonal() + "\"";
        } else if (reportSubject.isPresent()) {
            recognisedBy = "bounce subject \"" + reportSubject.get() + "\"";
        } else if (failedHeader != null) {
            recognisedBy = "header X-Failed-Recipients";
        } else if (carriesOriginal(m, 0) && (failedPhrase.isPresent() || delayedPhrase.isPresent())) {
            recognisedBy = "returned original with \"" + failedPhrase.or(() -> delayedPhrase).get() + "\"";
        } else {
            // a bounce sent as a reply: the mail system's words and an SMTP status in the text it wrote
            Optional<String> inReply = rules.failedPhrase(NewText.of(body));
            if (inReply.isPresent() && SMTP_REPLY.matcher(rules.beforeCopy(NewText.of(body))).find()) {
                recognisedBy = "bounce in a reply: \"" + inReply.get() + "\"";
            }
        }
        if (recognisedBy == null) {
            return Optional.empty();
        }
        String status = BounceRules.status(own);
        DeliveryReport.Outcome outcome;
        if (status != null && status.startsWith("5")) {
            outcome = DeliveryReport.Outcome.FAILED;
        } else if (delayedPhrase.isPresent()) {
            outcome = DeliveryReport.Outcome.DELAYED;
        } else if (status != null && status.startsWith("4") && failedPhrase.isEmpty()) {
            outcome = DeliveryReport.Outcome.DELAYED;
        } else if (failedPhrase.isEmpty() && (rules.deliveredPhrase(own).isPresent()
                || rules.deliveredPhrase(String.valueOf(subject)).isPresent())) {
            outcome = DeliveryReport.Outcome.DELIVERED;
        } else {
            outcome = DeliveryReport.Outcome.FAILED;
        }
        Set<String> ours = addressesOf(m);
        String recipient = failedHeader != null ? DsnParser.address(failedHeader.split(",")[0])
                : rules.recipientIn(own, ours::contains);
        ReturnedOriginal original = ReturnedOriginal.in(m);
        String originalSubject = original.subject() != null ? original.subject() : subjectWithoutPrefix(subject);
        BounceReason reason = outcome == DeliveryReport.Outcome.DELIVERED ? null : rules.reason(status, own);
        java.util.List<String> failed = new java.util.ArrayList<>();
        if (outcome == DeliveryReport.Outcome.FAILED) {
            if (failedHeader != null) {
                for (String a : failedHeader.split(",")) {
                    String address = DsnParser.address(a);
                    if (address != null) {
                        failed.add(address);
                    }
                }
            }
            if (failed.isEmpty() && recipient != null) {
                failed.add(recipient);
            }
        }
        return Optional.of(new DeliveryReport(outcome, recipient, status, diagnostic(own), reason,
                original.messageIds(), originalSubject, DeliveryReport.shorten(own),
                recognisedBy + ": " + outcome.name().toLowerCase(Locale.ROOT), failed));
    }

    /** The SMTP reply a text bounce quotes ("550 5.1.1 <…>: Recipient address rejected"), on one line. */
    private static String diagnostic(String own) {
        java.util.regex.Matcher m = SMTP_REPLY.matcher(own);
        if (!m.find()) {
            return null;
        }
        int end = own.indexOf('\n', m.start());
        String line = own.substring(m.start(), end < 0 ? own.length() : end).strip();
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    /** "Undeliverable: PD Request – A201-555-001" → "PD Request – A201-555-001". */
    private static String subjectWithoutPrefix(String subject) {
        if (subject == null || !subject.contains(":")) {
            return null;
        }
        return subject.substring(subject.indexOf(':') + 1).strip();
    }

    private static boolean carriesOriginal(Part part, int depth) {
        if (depth > 4) {
            return false;
        }
        String type = ReplyText.baseType(part);
        if (type.equals("message/rfc822") || type.equals("text/rfc822-headers") || type.equals("message/global")) {
            return true;
        }
        if (type.startsWith("multipart/")) {
            for (BodyPart child : ReplyText.children(part)) {
                if (carriesOriginal(child, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InternetAddress from(MimeMessage m) {
        String value = ReplyHeaders.first(m, "From");
        if (value == null) {
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
            return parsed.length == 0 ? null : parsed[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The report's own sender and recipients: never the address that failed. */
    private static Set<String> addressesOf(MimeMessage m) {
        Set<String> out = new HashSet<>();
        try {
            for (Message.RecipientType t : new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
                Address[] as = m.getRecipients(t);
                if (as != null) {
                    for (Address a : as) {
                        if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                            out.add(ia.getAddress().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // unreadable recipients exclude nothing
        }
        InternetAddress from = from(m);
        if (from != null && from.getAddress() != null) {
            out.add(from.getAddress().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
