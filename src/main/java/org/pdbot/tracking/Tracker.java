package org.pdbot.tracking;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.Outcome;
import org.pdbot.store.Decision;
import org.pdbot.mail.InboundMail;
import java.sql.Connection;
import java.sql.SQLException;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStatus;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadMessage;
import org.pdbot.store.ThreadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises mail that belongs to a request's thread (OPLA's answers, receipts, auto-replies, bounces, the
 * clinic's own follow-ups), records it, moves the request's status and tells the clinic. OPLA-domain mail
 * that matches no request is kept as unmatched, never dropped. Machine-generated mail is recorded and never
 * answered.
 */
public final class Tracker {

    private static final Logger log = LoggerFactory.getLogger(Tracker.class);

    private final ReplyClassifier classifier;
    private final ReplyMatcher matcher;
    private final Notifier notifier;
    private final Predicate<String> clinicSender;
    private final ThreadStore threads;
    private final ThreadLocal<Analysed> lastAnalysed = new ThreadLocal<>();

    Tracker(ReplyClassifier classifier, ReplyMatcher matcher, Notifier notifier,
            Predicate<String> clinicSender, ThreadStore threads) {
        this.threads = threads;
        this.classifier = classifier;
        this.matcher = matcher;
        this.notifier = notifier;
        this.clinicSender = clinicSender;
    }

    /**
     * Whether the mail is tracking's: part of a request's thread, a report on a mail pdbot sent, or any mail
     * from OPLA's domain (kept as unmatched when it matches nothing). Anything else is an ordinary intake.
     */
    public boolean belongs(InboundMail mail) {
        ReplyAnalysis analysis = analysed(mail);
        boolean ours = matcher.match(mail.message(), analysis, mail.subject(), mail.sender()).isPresent()
                || analysis.classification().deliveryReport() && matcher.namesOurMail(analysis)
                || "OPLA".equals(origin(analysis, mail.sender()));
        if (!ours) {
            lastAnalysed.remove(); // handle will not be asked: do not keep the mail alive on this thread
        }
        return ours;
    }

    /**
     * Records a mail that {@link #belongs}: in its request's thread (moving the request's status and telling the
     * clinic when it needs reading), or as a report on pdbot's own mail, or as unmatched OPLA mail.
     */
    public Decision handle(InboundMail mail) {
        ReplyAnalysis analysis = analysed(mail);
        lastAnalysed.remove();
        return c -> record(c, mail, analysis);
    }

    /**
     * The analysis of a mail's text, made once: triage asks {@link #belongs} and then, on the same thread, hands
     * the same mail to {@link #handle}. (The match is made again in the transaction: the requests may change.)
     */
    private ReplyAnalysis analysed(InboundMail mail) {
        Analysed last = lastAnalysed.get();
        if (last != null && last.mail() == mail.message()) {
            return last.analysis();
        }
        ReplyAnalysis analysis = classifier.analyse(mail.message());
        lastAnalysed.set(new Analysed(mail.message(), analysis));
        return analysis;
    }

    private record Analysed(jakarta.mail.internet.MimeMessage mail, ReplyAnalysis analysis) {
    }

    private String origin(ReplyAnalysis analysis, String sender) {
        return !analysis.classification().machine() && clinicSender.test(sender) ? "CLINIC"
                : matcher.isOpla(sender) ? "OPLA" : "OTHER";
    }

    private Outcome record(Connection c, InboundMail mail, ReplyAnalysis analysis) throws SQLException {
        long intakeId = mail.intakeId();
        String sender = mail.sender();
        String subject = mail.subject();
        String messageId = mail.messageId();
        Path raw = mail.raw();
        Optional<Match> match = matcher.match(mail.message(), analysis, subject, sender);
        boolean machine = analysis.classification().machine();
        String origin = origin(analysis, sender);
        if (match.isEmpty() && analysis.classification().deliveryReport() && matcher.namesOurMail(analysis)) {
            // a report on a mail pdbot sent that belongs to no request (an answer to staff): kept, never quarantined
            ThreadStore.insert(c, message(null, intakeId, messageId, sender, subject, origin, analysis, null, raw));
            log.info("Intake #{}: {} for a mail of pdbot's that belongs to no request; recorded", intakeId,
                    analysis.classification());
            return new Outcome(IntakeOutcome.REPLY, analysis.classification() + " for pdbot's mail "
                    + analysis.referencedMessageIds().get(0) + ", which belongs to no request", List.of());
        }
        if (match.isEmpty()) {
            ThreadStore.insert(c, message(null, intakeId, messageId, sender, subject, origin, analysis, null, raw));
            log.warn("Intake #{}: mail from {} ({}) matches no request; listed as unmatched", intakeId,
                    origin.toLowerCase(java.util.Locale.ROOT), analysis.classification());
            return new Outcome(IntakeOutcome.UNMATCHED, "OPLA mail matching no request ("
                    + analysis.classification() + ")", List.of());
        }
        RequestRecord request = match.get().request();
        Outcome outcome = inThread(c, mail, analysis, request, match.get(), origin);
        log.info("Intake #{}: {} in the thread of request #{} ({}), matched by {}", intakeId,
                "CLINIC".equals(origin) ? "clinic mail" : analysis.classification(), request.id(),
                maskedANumber(request), match.get().by());
        return outcome;
    }

    private Outcome inThread(Connection c, InboundMail mail, ReplyAnalysis analysis, RequestRecord request,
                             Match match, String origin) throws SQLException {
        long intakeId = mail.intakeId();
        String sender = mail.sender();
        String messageId = mail.messageId();
        Path raw = mail.raw();
        if ("CLINIC".equals(origin)) {
            // the clinic answering in the thread (e.g. the documents OPLA asked for): part of the case's
            // record, not a new intake, and no status change
            ThreadStore.insert(c, message(request.id(), intakeId, messageId, sender, mail.subject(), origin, null,
                    match.by().name(), raw));
            return new Outcome(IntakeOutcome.REPLY, "Clinic mail in the thread of request #" + request.id(), List.of());
        }
        boolean machine = analysis.classification().machine();
        ThreadMessage stored = message(request.id(), intakeId, messageId, sender, mail.subject(), origin, analysis,
                match.by().name(), raw);
        boolean firstDelay = analysis.classification() == Classification.DELAYED
                && threads.ofRequest(request.id()).stream().noneMatch(t -> "DELAYED".equals(t.classification()));
        ThreadStore.insert(c, stored);
        if (!machine) {
            RequestStore.touchReply(c, request.id(), Instant.now());
        }
        // a copy (the attorney's Cc) bouncing says nothing about the request reaching the office
        boolean copyOnly = analysis.classification() == Classification.BOUNCE && !analysis.failedRecipients().isEmpty()
                && analysis.failedRecipients().stream().noneMatch(a -> a.equalsIgnoreCase(request.officeAddress())
                        || matcher.isOpla(a));
        Optional<RequestStatus> next = copyOnly ? Optional.empty()
                : StatusPolicy.next(request.state(), analysis.classification());
        if (next.isPresent() && !RequestStore.changeStatus(c, request.id(), request.state(), next.get(),
                analysis.classification() + " from " + sender + " (" + analysis.matchedRule() + ")", messageId)) {
            // changed since it was read (a reminder marked it OVERDUE): roll back; the mail is read again
            throw new SQLException("Request #" + request.id() + " changed status while intake #" + intakeId
                    + " was recorded; it will be read again");
        }
        if (analysis.classification().needsReading() || firstDelay) {
            notifier.replyNotice(c, request, stored, analysis, request.status(), next.map(Enum::name).orElse(null),
                    raw, copyOnly);
        }
        if (analysis.bounceReason() == BounceReason.UNKNOWN_MAILBOX && !copyOnly
                && analysis.classification() == Classification.BOUNCE) {
            notifier.directoryWarning(c, request, analysis);
        }
        return new Outcome(IntakeOutcome.REPLY, analysis.classification() + " for request #" + request.id()
                + next.map(s -> ", now " + s).orElse(""), List.of());
    }

    private static ThreadMessage message(Long requestId, long intakeId, String messageId, String sender, String subject,
                                         String origin, ReplyAnalysis analysis, String matchedBy, Path raw) {
        return new ThreadMessage(0, requestId, intakeId, messageId, sender, subject, Instant.now(), origin,
                analysis == null ? null : analysis.classification().name(), matchedBy,
                analysis == null ? null : analysis.matchedRule(), raw.toString(),
                analysis == null ? null : summary(analysis.newText()));
    }

    private static String summary(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static String maskedANumber(RequestRecord r) {
        return "A###-###-#" + r.aNumber().substring(7);
    }

}
