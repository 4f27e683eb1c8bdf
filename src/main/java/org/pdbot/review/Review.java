package org.pdbot.review;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.LabelledFieldParser;
import org.pdbot.casefile.MailContent;
import org.pdbot.casefile.MailContentExtractor;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.store.Database;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.DraftStore;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;
import org.pdbot.submit.MessageIds;
import org.pdbot.submit.Prepared;
import org.pdbot.submit.ReplyTarget;
import org.pdbot.submit.Submitter;
import org.pdbot.tracking.ReplyHeaders;
import org.pdbot.tracking.WrittenText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attorney's answer to a draft: {@code APPROVE} sends it (once), {@code REJECT} stops it, and
 * {@code Label: value} lines or new attachments make a corrected draft. Only clinic staff can answer a draft,
 * and an approval must quote the draft it approves, so it cannot be replayed onto another case.
 */
public final class Review {

    private static final Logger log = LoggerFactory.getLogger(Review.class);

    private final Database db;
    private final DraftStore drafts;
    private final RequestStore requests;
    private final Submitter submitter;
    private final CaseAssessor assessor;
    private final MessageIds ids;
    private final java.util.function.Predicate<String> staff;
    private final Path documentsDir;
    private final long maxAttachmentBytes;

    public Review(Database db, DraftStore drafts, RequestStore requests, Submitter submitter, CaseAssessor assessor,
                  MessageIds ids, java.util.function.Predicate<String> staff, Path documentsDir, long maxAttachmentBytes) {
        this.db = db;
        this.drafts = drafts;
        this.requests = requests;
        this.submitter = submitter;
        this.assessor = assessor;
        this.ids = ids;
        this.staff = staff;
        this.documentsDir = documentsDir;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * Handles a staff member's answer to a draft. Empty when the mail answers no draft, or comes from
     * someone who may not answer one (it is then treated like any other mail, i.e. quarantined).
     */
    public Optional<String> handle(long intakeId, MimeMessage mail, String sender, ReplyTarget replyTo) {
        Optional<DraftRecord> found = ReplyHeaders.threadIds(mail).stream().map(drafts::byMessageId)
                .flatMap(Optional::stream).findFirst();
        String everything = WrittenText.everything(mail);
        if (found.isEmpty()) {
            found = ids.draftReferencesIn(everything).stream().map(drafts::byReference).flatMap(Optional::stream)
                    .findFirst();
        }
        if (found.isEmpty() || !staff.test(sender)) {
            return Optional.empty();
        }
        DraftRecord draft = found.get();
        RequestRecord request = requests.byId(draft.requestId()).orElseThrow();
        String written = WrittenText.of(mail).strip();
        String firstLine = written.lines().findFirst().orElse("").strip();
        String command = firstLine.split("[\\s:.,!-]+", 2)[0].toUpperCase(Locale.ROOT);
        String outcome;
        if (command.equals("APPROVE") || command.equals("APPROVED")) {
            outcome = approve(intakeId, draft, request, sender, everything, replyTo);
        } else if (command.equals("REJECT") || command.equals("REJECTED")) {
            outcome = reject(intakeId, draft, request, sender, firstLine.substring(command.length()).strip());
        } else {
            outcome = correct(intakeId, draft, request, mail, written, replyTo);
        }
        log.info("Intake #{}: answer to draft {} of request #{}: {}", intakeId, draft.version(), request.id(), outcome);
        return Optional.of(outcome);
    }

    /** {@code pdbot approve ID}: approves the newest draft of a request, as a person at the console. */
    public String approve(long requestId, String by) {
        DraftRecord draft = drafts.latest(requestId).orElse(null);
        RequestRecord request = requests.byId(requestId).orElse(null);
        if (request == null || draft == null) {
            return "Request #" + requestId + " has no draft to approve";
        }
        return db.inTransaction(c -> {
            if (!DraftStore.decide(c, requestId, "QUEUED", by, "approved at the console (draft " + draft.version() + ")")) {
                return "Request #" + requestId + " is " + request.status() + ", not a draft: nothing was sent again";
            }
            queue(c, null, draft);
            return "Request #" + requestId + " approved: queued for " + request.officeAddress();
        });
    }

    private String approve(long intakeId, DraftRecord draft, RequestRecord request, String sender, String everything,
                           ReplyTarget replyTo) {
        List<String> problems;
        if (!ids.draftReferencesIn(everything).contains(draft.reference())) {
            problems = List.of("The approval does not quote the draft it approves (" + draft.reference() + "). Reply "
                    + "to the draft mail itself, keeping it quoted, with APPROVE as the first line.");
        } else if (draft.superseded()) {
            problems = List.of("Draft " + draft.version() + " was replaced by a newer draft; approve the newest one.");
        } else {
            String result = db.inTransaction(c -> {
                if (!DraftStore.decide(c, request.id(), "QUEUED", sender, "approved by reply (draft " + draft.version() + ")")) {
                    IntakeStore.finish(c, intakeId, "REVIEW", "Approval ignored: request #" + request.id() + " is "
                            + requests.byId(request.id()).map(RequestRecord::status).orElse("?"));
                    return "approval ignored, no longer a draft";
                }
                queue(c, intakeId, draft);
                IntakeStore.finish(c, intakeId, "REVIEW", "Approved by " + sender + ": request #" + request.id() + " queued");
                return "approved, queued for " + request.officeCode();
            });
            return result;
        }
        answer(intakeId, replyTo, null, problems, "approval refused");
        return "approval refused";
    }

    private String reject(long intakeId, DraftRecord draft, RequestRecord request, String sender, String reason) {
        return db.inTransaction(c -> {
            boolean rejected = DraftStore.decide(c, request.id(), "REJECTED", sender,
                    reason.isEmpty() ? "rejected by reply" : reason);
            IntakeStore.finish(c, intakeId, "REVIEW", (rejected ? "Rejected" : "Rejection ignored") + " by " + sender
                    + ": request #" + request.id());
            return rejected ? "rejected" : "rejection ignored, no longer a draft";
        });
    }

    private String correct(long intakeId, DraftRecord draft, RequestRecord request, MimeMessage mail, String written,
                           ReplyTarget replyTo) {
        if (!request.status().equals("DRAFT")) {
            answer(intakeId, replyTo, null, List.of("Request #" + request.id() + " is " + request.status()
                    + " and can no longer be changed; send the corrected case as a new intake."), "too late");
            return "correction refused, no longer a draft";
        }
        CaseFile corrections;
        try {
            MailContent content = new MailContentExtractor(documentsDir.resolve(String.valueOf(intakeId)),
                    maxAttachmentBytes).extract(mail);
            CaseFile.Builder b = LabelledFieldParser.parse(written);
            content.documents().forEach(b::addDocument);
            corrections = b.build();
        } catch (MessagingException | IOException e) {
            corrections = CaseFile.builder().addProblem("The reply could not be read: " + e.getMessage()).build();
        }
        if (Corrections.isEmpty(corrections)) {
            answer(intakeId, replyTo, null, List.of("pdbot did not find APPROVE, REJECT or any 'Label: value' "
                    + "correction or attachment in the reply, so the draft is unchanged."), "nothing to do");
            return "nothing understood";
        }
        CaseFile stored = submitter.caseOf(drafts.caseJson(request.id()).orElseThrow());
        CaseFile merged = Corrections.apply(stored, corrections);
        Assessment assessment = assessor.assess(merged);
        if (!assessment.submittable()) {
            answer(intakeId, replyTo, merged, assessment.problems(), "corrections leave problems");
            return "corrections leave problems";
        }
        return db.inTransaction(c -> {
            try {
                Prepared p = submitter.redraft(c, intakeId, request, assessment, draft.reviewer());
                if (p instanceof Prepared.Blocked blocked) {
                    submitter.queueNeedsInfo(c, intakeId, replyTo, merged, blocked.problems());
                    IntakeStore.finish(c, intakeId, "REVIEW", "Corrections blocked: " + String.join("; ", blocked.problems()));
                    return "corrections blocked by the compliance check";
                }
                IntakeStore.finish(c, intakeId, "REVIEW", "Corrected: new draft of request #" + request.id());
                return "new draft";
            } catch (MessagingException e) {
                throw new SQLException("Cannot compose the corrected draft: " + e.getMessage(), e);
            }
        });
    }

    private void queue(java.sql.Connection c, Long intakeId, DraftRecord draft) throws SQLException {
        try {
            submitter.queue(c, intakeId, draft.requestId(), draft.requestMails());
        } catch (MessagingException e) {
            throw new SQLException("Cannot read the approved mail: " + e.getMessage(), e);
        }
    }

    private void answer(long intakeId, ReplyTarget replyTo, CaseFile c, List<String> problems, String what) {
        db.inTransaction(conn -> {
            try {
                submitter.queueNeedsInfo(conn, intakeId, replyTo, c == null ? CaseFile.builder().build() : c, problems);
            } catch (MessagingException e) {
                throw new SQLException("Cannot compose the answer: " + e.getMessage(), e);
            }
            IntakeStore.finish(conn, intakeId, "REVIEW", what + ": " + String.join("; ", problems));
            return null;
        });
    }
}
