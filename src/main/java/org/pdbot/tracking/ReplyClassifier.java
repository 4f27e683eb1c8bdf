package org.pdbot.tracking;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one reply to a PD request and says what it is. The order of the decisions:
 * <ol>
 *   <li>A delivery report (RFC 3464, or a MAILER-DAEMON/postmaster/"Undeliverable:" mail) is {@link
 *       Classification#BOUNCE} when delivery failed, else {@link Classification#AUTO_REPLY} (a delay warning
 *       keeps its status in {@code bounceStatus}).</li>
 *   <li>The text the replier wrote (the quote of the request is cut off first) goes through the phrase rules of
 *       {@code config/reply-rules.yaml}.</li>
 *   <li>A strong sign of an automatic answer (Auto-Submitted other than {@code no} or {@code auto-generated},
 *       X-Autoreply, X-Autorespond, Precedence: auto_reply, Return-Path: &lt;&gt;, an "Automatic reply:" or
 *       "Out of Office" subject) makes it {@link Classification#AUTO_REPLY} — unless its text is a receipt:
 *       a PD mailbox's automatic "your request has been received" is {@link Classification#ACKNOWLEDGED}.</li>
 *   <li>A weak sign (Auto-Submitted: auto-generated, Precedence: bulk/junk/list, X-Auto-Response-Suppress),
 *       which some systems stamp on mail people write, gives way to any phrase rule; with no phrase found the
 *       mail is {@link Classification#AUTO_REPLY}.</li>
 *   <li>Otherwise the phrase rule decides, and with none {@link Classification#OTHER}.</li>
 * </ol>
 */
public final class ReplyClassifier {

    /** How much of a reply's new text is classified. */
    static final int MAX_CLASSIFIED_CHARS = 20_000;

    private final ReplyRules rules;

    private ReplyClassifier(ReplyRules rules) {
        this.rules = rules;
    }

    /**
     * Reads the rules file ({@code config/reply-rules.yaml}).
     *
     * @throws IllegalArgumentException with a message a person can act on, naming the file and the rule
     */
    public static ReplyClassifier load(Path rulesYaml) {
        return new ReplyClassifier(ReplyRules.load(rulesYaml));
    }

    /** Never throws: a mail that cannot be read is {@link Classification#OTHER} with the reason as matchedRule. */
    public ReplyAnalysis analyse(MimeMessage reply) {
        try {
            return analyseOrThrow(reply);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReplyAnalysis(Classification.OTHER, "", "the mail could not be read ("
                    + e.getClass().getSimpleName() + ")", List.of(), null, null);
        }
    }

    private ReplyAnalysis analyseOrThrow(MimeMessage reply) {
        if (reply == null) {
            return new ReplyAnalysis(Classification.OTHER, "", "no mail", List.of(), null, null);
        }
        List<String> threadIds = ReplyHeaders.threadIds(reply);
        Optional<DeliveryReport> report = DeliveryReport.read(reply);
        if (report.isPresent()) {
            DeliveryReport r = report.get();
            Set<String> ids = new LinkedHashSet<>(r.originalMessageIds());
            ids.addAll(threadIds);
            return new ReplyAnalysis(r.failed() ? Classification.BOUNCE : Classification.AUTO_REPLY, r.explanation(),
                    r.description(), List.copyOf(ids), r.failedRecipient(), r.status());
        }
        String newText = NewText.of(ReplyText.body(reply));
        // an answer says what it decided near its top; every phrase against megabytes of text is a denial of service
        Optional<ReplyRules.Match> match = rules.classify(newText.length() <= MAX_CLASSIFIED_CHARS ? newText
                : newText.substring(0, MAX_CLASSIFIED_CHARS));
        Optional<AutoReplySignals.Signal> signal = AutoReplySignals.of(reply);
        if (signal.isPresent()) {
            boolean textDecides = match.isPresent()
                    && (!signal.get().strong() || match.get().classification() == Classification.ACKNOWLEDGED);
            if (!textDecides) {
                return new ReplyAnalysis(Classification.AUTO_REPLY, newText, signal.get().description(), threadIds,
                        null, null);
            }
        }
        if (match.isPresent()) {
            return new ReplyAnalysis(match.get().classification(), newText, match.get().describe(), threadIds, null,
                    null);
        }
        return new ReplyAnalysis(Classification.OTHER, newText,
                newText.isEmpty() ? "the reply has no text of its own" : "no rule matched", threadIds, null, null);
    }
}
