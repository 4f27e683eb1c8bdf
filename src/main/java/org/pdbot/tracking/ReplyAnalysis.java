package org.pdbot.tracking;

import java.util.List;

/**
 * What one reply mail says, read without any knowledge of the stored requests.
 *
 * @param classification       what the reply says
 * @param newText              the text the replier wrote, without the quoted request, history and signature
 *                             (for a delivery report: the mail system's explanation)
 * @param matchedRule          what decided, in words: {@code phrase "will not oppose"},
 *                             {@code header Auto-Submitted: auto-replied}, {@code delivery-status report: failed},
 *                             {@code no rule matched}, or why the mail could not be read
 * @param referencedMessageIds the Message-IDs this mail points back to, in {@code <...>} form: for a delivery
 *                             report, the original message's ids found inside it first; then In-Reply-To and
 *                             References
 * @param failedRecipient      for a delivery report, the address it is about (else null)
 * @param bounceStatus         for a delivery report, the RFC 3463 status such as {@code 5.1.1} (else null)
 * @param bounceReason         for a bounce or delay, why in plain words (else null)
 * @param diagnostic           for a delivery report, the receiving server's own words when given (else null)
 * @param originalSubject      for a delivery report, the original's subject when it carries it (else null)
 * @param failedRecipients     for a bounce, every address the report says failed (a DSN may list several)
 */
record ReplyAnalysis(Classification classification, String newText, String matchedRule,
                            List<String> referencedMessageIds, String failedRecipient, String bounceStatus,
                            BounceReason bounceReason, String diagnostic, String originalSubject,
                            List<String> failedRecipients) {

    public ReplyAnalysis {
        newText = newText == null ? "" : newText;
        referencedMessageIds = List.copyOf(referencedMessageIds);
        failedRecipients = failedRecipients == null ? List.of() : List.copyOf(failedRecipients);
    }

    public ReplyAnalysis(Classification classification, String newText, String matchedRule,
                         List<String> referencedMessageIds, String failedRecipient, String bounceStatus) {
        this(classification, newText, matchedRule, referencedMessageIds, failedRecipient, bounceStatus, null, null,
                null, List.of());
    }
}
