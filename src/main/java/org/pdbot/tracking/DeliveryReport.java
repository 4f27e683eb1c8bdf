package org.pdbot.tracking;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;

/**
 * A mail system's report on a message: failed for good, delayed, or delivered (relayed, or a read receipt).
 * Read by {@link DsnParser} when it follows RFC 3464 or RFC 3798, else by {@link BounceHeuristics}.
 *
 * @param outcome            what happened to the message
 * @param recipient          the address the report is about, lower case, or null
 * @param status             the RFC 3463 status such as {@code 5.1.1}, or null
 * @param diagnostic         the receiving server's own words (Diagnostic-Code, or the SMTP reply quoted), or null
 * @param reason             for a failure or delay, why, in plain words; null for a success
 * @param originalMessageIds the Message-IDs of the original found in the report, in {@code <...>} form
 * @param originalSubject    the original's subject when the report carries it, or null
 * @param explanation        the mail system's text for people, shortened
 * @param description        how the report was recognised, for the record
 * @param failedRecipients   for a failure, every address the report says failed (lower case)
 */
record DeliveryReport(Outcome outcome, String recipient, String status, String diagnostic, BounceReason reason,
                      List<String> originalMessageIds, String originalSubject, String explanation,
                      String description, List<String> failedRecipients) {

    enum Outcome { FAILED, DELAYED, DELIVERED }

    static final int MAX_EXPLANATION = 4000;

    DeliveryReport {
        originalMessageIds = List.copyOf(originalMessageIds);
        failedRecipients = List.copyOf(failedRecipients);
    }

    DeliveryReport(Outcome outcome, String recipient, String status, String diagnostic, BounceReason reason,
                   List<String> originalMessageIds, String originalSubject, String explanation, String description) {
        this(outcome, recipient, status, diagnostic, reason, originalMessageIds, originalSubject, explanation,
                description, outcome == Outcome.FAILED && recipient != null ? List.of(recipient) : List.of());
    }

    static Optional<DeliveryReport> read(MimeMessage m, BounceRules rules) {
        Optional<DeliveryReport> standard = DsnParser.read(m, rules);
        return standard.isPresent() ? standard : BounceHeuristics.read(m, rules);
    }

    Classification classification() {
        return switch (outcome) {
            case FAILED -> Classification.BOUNCE;
            case DELAYED -> Classification.DELAYED;
            case DELIVERED -> Classification.DELIVERED;
        };
    }

    static String shorten(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() > MAX_EXPLANATION ? s.substring(0, MAX_EXPLANATION) + "…" : s;
    }
}
