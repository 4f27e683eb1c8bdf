package org.pdbot.tracking;

import org.pdbot.mail.ReplyText;
import org.pdbot.mail.NewText;
import org.pdbot.mail.ReplyHeaders;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one reply to a PD request and says what it is. The order of the decisions:
 * <ol>
 *   <li>A delivery report ({@link DsnParser}: RFC 3464 and RFC 3798; {@link BounceHeuristics}: the rest, by
 *       {@code config/bounce-rules.yaml}) is {@link Classification#BOUNCE} when delivery failed for good,
 *       {@link Classification#DELAYED} while the mail system keeps trying, {@link Classification#DELIVERED} for a
 *       success or a read receipt.</li>
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
final class ReplyClassifier {

    /** How much of a reply's new text is classified. */
    static final int MAX_CLASSIFIED_CHARS = 20_000;

    private final ReplyRules rules;
    private final BounceRules bounceRules;

    private ReplyClassifier(ReplyRules rules, BounceRules bounceRules) {
        this.rules = rules;
        this.bounceRules = bounceRules;
    }

    /**
     * Reads the rules file ({@code config/reply-rules.yaml}).
     *
     * @throws IllegalArgumentException with a message a person can act on, naming the file and the rule
     */
    public static ReplyClassifier load(Path rulesYaml) {
        Path beside = rulesYaml.resolveSibling("bounce-rules.yaml");
        return load(rulesYaml, java.nio.file.Files.exists(beside) ? beside : Path.of("config", "bounce-rules.yaml"));
    }

    /** Reads the reply rules and the delivery-report rules ({@code config/bounce-rules.yaml}). */
    public static ReplyClassifier load(Path rulesYaml, Path bounceRulesYaml) {
        return new ReplyClassifier(ReplyRules.load(rulesYaml), BounceRules.load(bounceRulesYaml));
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
        Optional<DeliveryReport> report = DeliveryReport.read(reply, bounceRules);
        if (report.isPresent()) {
            DeliveryReport r = report.get();
            Set<String> ids = new LinkedHashSet<>(r.originalMessageIds());
            ids.addAll(threadIds);
            return new ReplyAnalysis(r.classification(), r.explanation(), r.description(), List.copyOf(ids),
                    r.recipient(), r.status(), r.reason(), r.diagnostic(), r.originalSubject(), r.failedRecipients());
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
