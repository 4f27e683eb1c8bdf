package org.pdbot.tracking;

import java.util.List;

/**
 * What one reply mail says, read without any knowledge of the stored requests.
 *
 * @param classification       what the reply says
 * @param newText              the text the replier wrote, without the quoted request, history and signature
 *                             (for a bounce: the mail system's explanation)
 * @param matchedRule          what decided, in words: {@code phrase "will not oppose"},
 *                             {@code header Auto-Submitted: auto-replied}, {@code delivery-status report},
 *                             {@code no rule matched}, or why the mail could not be read
 * @param referencedMessageIds the Message-IDs this mail points back to, in {@code <...>} form: for a bounce, the
 *                             original message's id found inside it first; then In-Reply-To and References
 * @param failedRecipient      for a bounce or delay report, the address that failed (else null)
 * @param bounceStatus         for a bounce or delay report, the RFC 3463 status such as {@code 5.1.1} (else null)
 */
public record ReplyAnalysis(Classification classification, String newText, String matchedRule,
                            List<String> referencedMessageIds, String failedRecipient, String bounceStatus) {

    public ReplyAnalysis {
        newText = newText == null ? "" : newText;
        referencedMessageIds = List.copyOf(referencedMessageIds);
    }
}
