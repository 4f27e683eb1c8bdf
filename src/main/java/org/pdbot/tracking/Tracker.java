package org.pdbot.tracking;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.pdbot.store.Database;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.RequestRecord;
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

    /** What tracking made of a mail. */
    public enum Result {
        /** Recorded in a request's thread. */
        RECORDED,
        /** From OPLA but matching no request: kept for a person to look at. */
        UNMATCHED
    }

    private final Database db;
    private final ReplyClassifier classifier;
    private final ReplyMatcher matcher;
    private final Notifier notifier;
    private final Predicate<String> clinicSender;
    private final ThreadStore threads;

    Tracker(Database db, ReplyClassifier classifier, ReplyMatcher matcher, Notifier notifier,
            Predicate<String> clinicSender, ThreadStore threads) {
        this.threads = threads;
        this.db = db;
        this.classifier = classifier;
        this.matcher = matcher;
        this.notifier = notifier;
        this.clinicSender = clinicSender;
    }

    /** Empty when the mail is no part of any thread and not from OPLA: then it is an ordinary intake. */
    public Optional<Result> track(long intakeId, MimeMessage mail, String sender, String subject, String messageId,
                                 Path raw) {
        ReplyAnalysis analysis = classifier.analyse(mail);
        Optional<Match> match = matcher.match(mail, analysis, subject, sender);
        boolean machine = analysis.classification().machine();
        String origin = !machine && clinicSender.test(sender) ? "CLINIC" : matcher.isOpla(sender) ? "OPLA" : "OTHER";
        if (match.isEmpty() && analysis.classification().deliveryReport() && matcher.namesOurMail(analysis)) {
            // a report on a mail pdbot sent that belongs to no request (an answer to staff): kept, never quarantined
            db.inTransaction(c -> {
                ThreadStore.insert(c, message(null, intakeId, messageId, sender, subject, origin, analysis, null, raw));
                IntakeStore.finish(c, intakeId, "REPLY", analysis.classification() + " for pdbot's mail "
                        + analysis.referencedMessageIds().get(0) + ", which belongs to no request");
                return null;
            });
            log.info("Intake #{}: {} for a mail of pdbot's that belongs to no request; recorded", intakeId,
                    analysis.classification());
            return Optional.of(Result.RECORDED);
        }
        if (match.isEmpty()) {
            if (!"OPLA".equals(origin)) {
                return Optional.empty();
            }
            db.inTransaction(c -> {
                ThreadStore.insert(c, message(null, intakeId, messageId, sender, subject, origin, analysis, null, raw));
                IntakeStore.finish(c, intakeId, "UNMATCHED", "OPLA mail matching no request ("
                        + analysis.classification() + ")");
                return null;
            });
            log.warn("Intake #{}: mail from OPLA ({}) matches no request; listed as unmatched", intakeId,
                    analysis.classification());
            return Optional.of(Result.UNMATCHED);
        }
        RequestRecord request = match.get().request();
        db.inTransaction(c -> {
            if ("CLINIC".equals(origin)) {
                // the clinic answering in the thread (e.g. the documents OPLA asked for): part of the case's
                // record, not a new intake, and no status change
                ThreadStore.insert(c, message(request.id(), intakeId, messageId, sender, subject, origin, null,
                        match.get().by().name(), raw));
                IntakeStore.finish(c, intakeId, "REPLY", "Clinic mail in the thread of request #" + request.id());
                return null;
            }
            Instant now = Instant.now();
            ThreadMessage stored = message(request.id(), intakeId, messageId, sender, subject, origin, analysis,
                    match.get().by().name(), raw);
            boolean firstDelay = analysis.classification() == Classification.DELAYED
                    && threads.ofRequest(request.id()).stream().noneMatch(t -> "DELAYED".equals(t.classification()));
            ThreadStore.insert(c, stored);
            if (!machine) {
                ThreadStore.touchReply(c, request.id(), now);
            }
            // a copy (the attorney's Cc) bouncing says nothing about the request reaching the office
            boolean copyOnly = analysis.classification() == Classification.BOUNCE && !analysis.failedRecipients().isEmpty()
                    && analysis.failedRecipients().stream().noneMatch(a -> a.equalsIgnoreCase(request.officeAddress())
                            || matcher.isOpla(a));
            Optional<String> next = copyOnly ? Optional.empty()
                    : StatusPolicy.next(request.status(), analysis.classification());
            if (next.isPresent()) {
                ThreadStore.changeStatus(c, request.id(), request.status(), next.get(),
                        analysis.classification() + " from " + sender + " (" + analysis.matchedRule() + ")", messageId);
            }
            if (analysis.classification().needsReading() || firstDelay) {
                notifier.replyNotice(c, request, stored, analysis, request.status(), next.orElse(null), raw, copyOnly);
            }
            if (analysis.bounceReason() == BounceReason.UNKNOWN_MAILBOX && !copyOnly
                    && analysis.classification() == Classification.BOUNCE) {
                notifier.directoryWarning(c, request, analysis);
            }
            IntakeStore.finish(c, intakeId, "REPLY", analysis.classification() + " for request #" + request.id()
                    + next.map(s -> ", now " + s).orElse(""));
            return null;
        });
        log.info("Intake #{}: {} in the thread of request #{} ({}), matched by {}", intakeId,
                "CLINIC".equals(origin) ? "clinic mail" : analysis.classification(), request.id(),
                maskedANumber(request), match.get().by());
        return Optional.of(Result.RECORDED);
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
