package org.pdbot.review;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.pdbot.check.Assessment;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.Reapproval;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.DraftStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStatus;
import org.pdbot.store.RequestStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One approval of a draft, made again with today's date and waiting for its transaction; {@link #kind} is what it
 * led to once applied: queued (only if still a draft, so approving twice sends once), ignored, redrafted (the
 * request changed; only if the draft is still current, so two such approvals make one draft) or refused.
 */
final class Approval {

    private static final Logger log = LoggerFactory.getLogger(Approval.class);

    /** What an applied approval led to. */
    enum Kind { APPROVED, IGNORED, REDRAFTED, REFUSED }

    private final RequestStore requests;
    private final Drafts submitter;
    private final Long intakeId;
    private final DraftRecord draft;
    private final RequestRecord request;
    private final String by;
    private final String how;
    private final Assessment assessment;
    private final Reapproval again;
    private Kind kind;
    private DraftRecord next;
    private String detail;

    Approval(RequestStore requests, Drafts submitter, Long intakeId, DraftRecord draft, RequestRecord request, String by, String how, Assessment assessment,
             Reapproval again) {
        this.requests = requests;
        this.submitter = submitter;
        this.intakeId = intakeId;
        this.draft = draft;
        this.request = request;
        this.by = by;
        this.how = how;
        this.assessment = assessment;
        this.again = again;
    }

    Kind apply(Connection c) throws SQLException {
        try {
            kind = decideIn(c);
        } catch (MessagingException e) {
            throw new SQLException("Cannot compose the approved request: " + e.getMessage(), e);
        }
        if (kind != Kind.APPROVED && kind != Kind.REDRAFTED) {
            again.discard();
        }
        log.info("Request #{}: approval of draft {} by {}: {}", request.id(), draft.version(), by, kind);
        return kind;
    }

    private Kind decideIn(Connection c) throws SQLException, MessagingException {
        if (again.sendable()) {
            if (!RequestStore.decide(c, request.id(), RequestStatus.QUEUED, by, how)) {
                detail = "Approval ignored: request #" + request.id() + " is "
                        + requests.byId(request.id()).map(RequestRecord::status).orElse("?");
                return Kind.IGNORED;
            }
            submitter.queueApproved(c, intakeId, request.id(), again);
            detail = "Approved by " + by + ": request #" + request.id() + " queued";
            return Kind.APPROVED;
        }
        if (!again.composed() || again.changes().isEmpty()) {
            return Kind.REFUSED;
        }
        if (!DraftStore.supersede(c, draft.id())) {
            detail = "Approval ignored: draft " + draft.version() + " of request #" + request.id()
                    + " is no longer current";
            return Kind.IGNORED;
        }
        next = submitter.redraftUnsent(c, intakeId, request, draft, assessment, again, by);
        detail = "Approved by " + by + " but not sent: request #" + request.id() + " changed; draft "
                + next.version() + " made: " + String.join("; ", again.changes());
        return Kind.REDRAFTED;
    }

    Kind kind() {
        return kind;
    }

    DraftRecord next() {
        return next;
    }

    /** What the intake's outcome says (APPROVED, IGNORED, REDRAFTED). */
    String detail() {
        return detail;
    }

    /** The approval is not applied after all (its intake was handled meanwhile): drop the request made again. */
    void abandon() {
        again.discard();
    }

    /** Why it was not sent (REDRAFTED, REFUSED). */
    List<String> reasons() {
        return again.changes().isEmpty() ? again.blocking() : again.changes();
    }
}
