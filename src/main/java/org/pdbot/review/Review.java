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
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.Outcome;
import org.pdbot.store.Decision;
import org.pdbot.mail.InboundMail;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStatus;
import org.pdbot.store.RequestStore;
import org.pdbot.mail.MessageIds;
import org.pdbot.draft.Prepared;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.NeedsInfoMailer;
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
 *
 * <p>Longer than most: the three answers (approve, reject, correct) share the draft lookup and the answer
 * mail; the approval's own transaction is {@link Approval}.
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

    /** Whether the mail is a staff member's answer to one of pdbot's drafts (by its thread, or the draft it quotes). */
    public boolean answersDraft(InboundMail mail) {
        return staff.test(mail.sender()) && draftAnswered(mail.message()).isPresent();
    }

    /**
     * Handles a staff member's answer to a draft (see {@link #answersDraft}): {@code APPROVE}, {@code REJECT}, or
     * corrections making a new draft; anything else gets an answer saying what pdbot understood.
     */
    public Decision handle(InboundMail in) {
        MimeMessage mail = in.message();
        DraftRecord draft = draftAnswered(mail).orElseThrow(() -> new IllegalStateException("answers no draft"));
        RequestRecord request = requests.byId(draft.requestId()).orElseThrow();
        String written = WrittenText.of(mail).strip();
        String firstLine = written.lines().findFirst().orElse("").strip();
        String command = firstLine.split("[\\s:.,!-]+", 2)[0].toUpperCase(Locale.ROOT);
        Decision decision;
        if (command.equals("APPROVE") || command.equals("APPROVED")) {
            decision = approve(in, draft, request, WrittenText.everything(mail));
        } else if (command.equals("REJECT") || command.equals("REJECTED")) {
            decision = reject(draft, request, in.sender(), firstLine.substring(command.length()).strip());
        } else {
            decision = correct(in, draft, request, written);
        }
        return c -> {
            Outcome o = decision.decide(c);
            log.info("Intake #{}: answer to draft {} of request #{}: {}", in.intakeId(), draft.version(), request.id(),
                    o.reasons().get(0));
            return o;
        };
    }

    private Optional<DraftRecord> draftAnswered(MimeMessage mail) {
        Optional<DraftRecord> found = ReplyHeaders.threadIds(mail).stream().map(drafts::byMessageId)
                .flatMap(Optional::stream).findFirst();
        if (found.isEmpty()) {
            found = ids.draftReferencesIn(WrittenText.everything(mail)).stream().map(drafts::byReference)
                    .flatMap(Optional::stream).findFirst();
        }
        return found;
    }

    /** A REVIEW outcome: {@code detail} in the database, {@code summary} for the log and the result. */
    private static Outcome reviewed(String detail, String summary) {
        return new Outcome(IntakeOutcome.REVIEW, detail, List.of(summary));
    }

    /** {@code pdbot approve ID}: approves the newest draft of a request, as a person at the console. */
    public String approve(long requestId, String by) {
        DraftRecord draft = drafts.latest(requestId).orElse(null);
        RequestRecord request = requests.byId(requestId).orElse(null);
        if (request == null || draft == null) {
            return "Request #" + requestId + " has no draft to approve";
        }
        if (request.state() != RequestStatus.DRAFT) {
            return "Request #" + requestId + " is " + request.status() + ", not a draft: nothing was sent again";
        }
        Approval o = decide(null, draft, request, by, "approved at the console (draft " + draft.version() + ")");
        db.inTransaction(o::apply);
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

    /**
     * The approval itself, for both ways it comes: the request is made again with today's date before the
     * decision; in the deciding transaction ({@link Approval#apply}) it is then queued (only if still a draft:
     * approving twice sends once), or, when it changed, the draft is retired for a new one (only if still current:
     * two such approvals make one).
     */
    private Approval decide(Long intakeId, DraftRecord draft, RequestRecord request, String by, String how) {
        CaseFile stored = submitter.caseOf(drafts.caseJson(request.id()).orElseThrow());
        Assessment assessment = assessor.assess(stored);
        try {
            return new Approval(requests, submitter, intakeId, draft, request, by, how, assessment,
                    submitter.reapprove(request, draft, assessment));
        } catch (MessagingException | SQLException e) {
            throw new IllegalStateException("Cannot make request #" + request.id() + " again: " + e.getMessage(), e);
        }
    }

    private Decision approve(InboundMail in, DraftRecord draft, RequestRecord request, String everything) {
        if (!ids.draftReferencesIn(everything).contains(draft.reference())) {
            return answer(in, null, List.of("The approval does not quote the draft it approves (" + draft.reference()
                    + "). Reply to the draft mail itself, keeping it quoted, with APPROVE as the first line."),
                    "approval refused");
        }
        if (draft.superseded()) {
            return answer(in, null, List.of("Draft " + draft.version() + " was replaced by a newer draft; approve the"
                    + " newest one."), "approval refused");
        }
        if (request.state() != RequestStatus.DRAFT) {
            return Decision.of(reviewed("Approval ignored: request #" + request.id() + " is " + request.status(),
                    "approval ignored, no longer a draft"));
        }
        Approval approval = decide(in.intakeId(), draft, request, in.sender(),
                "approved by reply (draft " + draft.version() + ")");
        return new Decision() {
            @Override
            public Outcome decide(java.sql.Connection c) throws SQLException, MessagingException {
                switch (approval.apply(c)) {
                    case APPROVED:
                        return reviewed(approval.detail(), "approved, queued for " + request.officeCode());
                    case IGNORED:
                        return reviewed(approval.detail(), "approval ignored, no longer a draft");
                    case REDRAFTED:
                        return reviewed(approval.detail(), "approval not sent: the request changed, draft "
                                + approval.next().version() + " made");
                    default:
                        List<String> problems = new java.util.ArrayList<>();
                        problems.add("Nothing was sent to OPLA: request #" + request.id() + " cannot be sent as it"
                                + " stands today. Correct it by replying to draft " + draft.version() + " with the"
                                + " corrected lines (for example \"Next hearing: 05/04/2027\").");
                        problems.addAll(approval.reasons());
                        return answer(in, null, problems, "approval refused").decide(c);
                }
            }

            @Override
            public void abandon() {
                approval.abandon();
            }
        };
    }

    private Decision reject(DraftRecord draft, RequestRecord request, String sender, String reason) {
        return c -> {
            boolean rejected = RequestStore.decide(c, request.id(), RequestStatus.REJECTED, sender,
                    reason.isEmpty() ? "rejected by reply" : reason);
            return reviewed((rejected ? "Rejected" : "Rejection ignored") + " by " + sender + ": request #"
                    + request.id(), rejected ? "rejected" : "rejection ignored, no longer a draft");
        };
    }

    private Decision correct(InboundMail in, DraftRecord draft, RequestRecord request, String written) {
        long intakeId = in.intakeId();
        if (request.state() != RequestStatus.DRAFT) {
            return answer(in, null, List.of("Request #" + request.id() + " is " + request.status()
                    + " and can no longer be changed; send the corrected case as a new intake."), "too late",
                    "correction refused, no longer a draft");
        }
        CaseFile corrections;
        try {
            MailContent content = new MailContentExtractor(documentsDir.resolve(String.valueOf(intakeId)),
                    maxAttachmentBytes).extract(in.message());
            CaseFile.Builder b = LabelledFieldParser.parse(written);
            content.documents().forEach(b::addDocument);
            corrections = b.build();
        } catch (MessagingException | IOException e) {
            corrections = CaseFile.builder().addProblem("The reply could not be read: " + e.getMessage()).build();
        }
        if (Corrections.isEmpty(corrections)) {
            return answer(in, null, List.of("pdbot did not find APPROVE, REJECT or any 'Label: value' "
                    + "correction or attachment in the reply, so the draft is unchanged."), "nothing to do",
                    "nothing understood");
        }
        CaseFile stored = submitter.caseOf(drafts.caseJson(request.id()).orElseThrow());
        CaseFile merged = Corrections.apply(stored, corrections);
        Assessment assessment = assessor.assess(merged);
        if (!assessment.submittable()) {
            return answer(in, merged, assessment.problems(), "corrections leave problems");
        }
        return c -> {
            Prepared p = submitter.redraft(c, intakeId, request, assessment, draft.reviewer());
            if (p instanceof Prepared.Blocked blocked) {
                needsInfo.queue(c, intakeId, in.replyTo(), merged, blocked.problems());
                return reviewed("Corrections blocked: " + String.join("; ", blocked.problems()),
                        "corrections blocked by the compliance check");
            }
            return reviewed("Corrected: new draft of request #" + request.id(), "new draft");
        };
    }

    private Decision answer(InboundMail in, CaseFile c, List<String> problems, String what) {
        return answer(in, c, problems, what, what);
    }

    /** Answers the staff member in their thread: {@code what} went wrong, and the {@code problems}. */
    private Decision answer(InboundMail in, CaseFile c, List<String> problems, String what, String summary) {
        return conn -> {
            needsInfo.queue(conn, in.intakeId(), in.replyTo(), c == null ? CaseFile.builder().build() : c, problems);
            return reviewed(what + ": " + String.join("; ", problems), summary);
        };
    }
}
