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
import org.pdbot.mail.MessageIds;
import org.pdbot.draft.Prepared;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.NeedsInfoMailer;
import org.pdbot.draft.Reapproval;
import org.pdbot.mail.ReplyHeaders;
import org.pdbot.mail.WrittenText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attorney's answer to a draft: {@code APPROVE} sends it (once), {@code REJECT} stops it, and
 * {@code Label: value} lines or new attachments make a corrected draft. Only clinic staff can answer a draft,
 * and an approval must quote the draft it approves, so it cannot be replayed onto another case. An approval
 * sends the request made again that day (dated that day, the compliance check run again); when anything but the
 * date would differ from what the draft showed, it sends nothing and the attorney gets a new draft saying why.
 */
public final class Review {

    private static final Logger log = LoggerFactory.getLogger(Review.class);

    private final Database db;
    private final DraftStore drafts;
    private final RequestStore requests;
    private final Drafts submitter;
    private final NeedsInfoMailer needsInfo;
    private final CaseAssessor assessor;
    private final MessageIds ids;
    private final java.util.function.Predicate<String> staff;
    private final Path documentsDir;
    private final long maxAttachmentBytes;

    public Review(Database db, DraftStore drafts, RequestStore requests, Drafts submitter, NeedsInfoMailer needsInfo, CaseAssessor assessor,
                  MessageIds ids, java.util.function.Predicate<String> staff, Path documentsDir, long maxAttachmentBytes) {
        this.db = db;
        this.drafts = drafts;
        this.requests = requests;
        this.submitter = submitter;
        this.needsInfo = needsInfo;
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
        if (!request.status().equals("DRAFT")) {
            return "Request #" + requestId + " is " + request.status() + ", not a draft: nothing was sent again";
        }
        Outcome o = decide(null, draft, request, by, "approved at the console (draft " + draft.version() + ")");
        return switch (o.kind()) {
            case APPROVED -> "Request #" + requestId + " approved: queued for " + request.officeAddress();
            case IGNORED -> "Request #" + requestId + " is " + requests.byId(requestId).map(RequestRecord::status)
                    .orElse("?") + ", not a draft: nothing was sent again";
            case REDRAFTED -> "Request #" + requestId + " NOT sent: it is no longer the request draft "
                    + draft.version() + " showed.\n  - " + String.join("\n  - ", o.reasons()) + "\nDraft "
                    + o.next().version() + " went to " + o.next().reviewer() + " for approval.";
            case REFUSED -> "Request #" + requestId + " NOT sent: it cannot be sent as it stands today.\n  - "
                    + String.join("\n  - ", o.reasons()) + "\nCorrect it by replying to draft " + draft.version()
                    + " with the corrected lines.";
        };
    }

    private enum Kind { APPROVED, IGNORED, REDRAFTED, REFUSED }

    /** What an approval led to; {@code next} the new draft (REDRAFTED), {@code reasons} why it was not sent. */
    private record Outcome(Kind kind, DraftRecord next, List<String> reasons) {
    }

    /**
     * The approval itself, for both ways it comes: the request is made again with today's date before the
     * decision; in one transaction it is then queued (only if still a draft: approving twice sends once), or, when
     * it changed, the draft is retired for a new one (only if still current: two such approvals make one).
     */
    private Outcome decide(Long intakeId, DraftRecord draft, RequestRecord request, String by, String how) {
        CaseFile stored = submitter.caseOf(drafts.caseJson(request.id()).orElseThrow());
        Assessment assessment = assessor.assess(stored);
        Reapproval again;
        try {
            again = submitter.reapprove(request, draft, assessment);
        } catch (MessagingException | SQLException e) {
            throw new IllegalStateException("Cannot make request #" + request.id() + " again: " + e.getMessage(), e);
        }
        Outcome o = db.inTransaction(c -> {
            try {
                if (again.sendable()) {
                    if (!DraftStore.decide(c, request.id(), "QUEUED", by, how)) {
                        finish(c, intakeId, "Approval ignored: request #" + request.id() + " is "
                                + requests.byId(request.id()).map(RequestRecord::status).orElse("?"));
                        return new Outcome(Kind.IGNORED, null, List.of());
                    }
                    submitter.queueApproved(c, intakeId, request.id(), again);
                    finish(c, intakeId, "Approved by " + by + ": request #" + request.id() + " queued");
                    return new Outcome(Kind.APPROVED, null, List.of());
                }
                if (!again.composed() || again.changes().isEmpty()) {
                    List<String> reasons = again.changes().isEmpty() ? again.blocking() : again.changes();
                    return new Outcome(Kind.REFUSED, null, reasons);
                }
                if (!DraftStore.supersede(c, draft.id())) {
                    finish(c, intakeId, "Approval ignored: draft " + draft.version() + " of request #" + request.id()
                            + " is no longer current");
                    return new Outcome(Kind.IGNORED, null, List.of());
                }
                DraftRecord next = submitter.redraftUnsent(c, intakeId, request, draft, assessment, again, by);
                finish(c, intakeId, "Approved by " + by + " but not sent: request #" + request.id() + " changed; draft "
                        + next.version() + " made: " + String.join("; ", again.changes()));
                return new Outcome(Kind.REDRAFTED, next, again.changes());
            } catch (MessagingException e) {
                throw new SQLException("Cannot compose the approved request: " + e.getMessage(), e);
            }
        });
        if (o.kind() != Kind.APPROVED && o.kind() != Kind.REDRAFTED) {
            again.discard();
        }
        log.info("Request #{}: approval of draft {} by {}: {}", request.id(), draft.version(), by, o.kind());
        return o;
    }

    private static void finish(java.sql.Connection c, Long intakeId, String outcome) throws SQLException {
        if (intakeId != null) {
            IntakeStore.finish(c, intakeId, "REVIEW", outcome);
        }
    }

    private String approve(long intakeId, DraftRecord draft, RequestRecord request, String sender, String everything,
                           ReplyTarget replyTo) {
        List<String> problems;
        if (!ids.draftReferencesIn(everything).contains(draft.reference())) {
            problems = List.of("The approval does not quote the draft it approves (" + draft.reference() + "). Reply "
                    + "to the draft mail itself, keeping it quoted, with APPROVE as the first line.");
        } else if (draft.superseded()) {
            problems = List.of("Draft " + draft.version() + " was replaced by a newer draft; approve the newest one.");
        } else if (!request.status().equals("DRAFT")) {
            db.inTransaction(c -> {
                finish(c, intakeId, "Approval ignored: request #" + request.id() + " is " + request.status());
                return null;
            });
            return "approval ignored, no longer a draft";
        } else {
            Outcome o = decide(intakeId, draft, request, sender, "approved by reply (draft " + draft.version() + ")");
            switch (o.kind()) {
                case APPROVED:
                    return "approved, queued for " + request.officeCode();
                case IGNORED:
                    return "approval ignored, no longer a draft";
                case REDRAFTED:
                    return "approval not sent: the request changed, draft " + o.next().version() + " made";
                default:
                    problems = new java.util.ArrayList<>();
                    problems.add("Nothing was sent to OPLA: request #" + request.id() + " cannot be sent as it stands "
                            + "today. Correct it by replying to draft " + draft.version() + " with the corrected lines "
                            + "(for example \"Next hearing: 05/04/2027\").");
                    problems.addAll(o.reasons());
            }
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
                    needsInfo.queue(c, intakeId, replyTo, merged, blocked.problems());
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

    private void answer(long intakeId, ReplyTarget replyTo, CaseFile c, List<String> problems, String what) {
        db.inTransaction(conn -> {
            try {
                needsInfo.queue(conn, intakeId, replyTo, c == null ? CaseFile.builder().build() : c, problems);
            } catch (MessagingException e) {
                throw new SQLException("Cannot compose the answer: " + e.getMessage(), e);
            }
            IntakeStore.finish(conn, intakeId, "REVIEW", what + ": " + String.join("; ", problems));
            return null;
        });
    }
}
