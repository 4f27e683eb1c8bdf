package org.pdbot.draft;

import org.pdbot.mail.Emls;
import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.PdType;
import org.pdbot.check.Assessment;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceRules;
import org.pdbot.check.Finding;
import org.pdbot.directory.Office;
import org.pdbot.directory.Resolution;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;
import org.pdbot.store.AuditLog;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.DraftStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStatus;
import org.pdbot.store.RequestStore;

/**
 * A request's drafts: a new case becomes a request (a draft for the attorney, or queued at once in auto mode),
 * a corrected case a new draft, an approval the request made again that day and queued, or, when anything but
 * the date changed, a new draft saying why nothing was sent. Each decision is taken in the caller's transaction
 * on what the database holds then; the slow making of packets and mails happens before it.
 */
public final class Drafts {

    private static final DateTimeFormatter LETTER_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US);

    private final RequestComposer composer;
    private final DraftMailer mailer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final RequestStore store;
    private final CaseJson caseJson;
    private final String clinicAddress;
    private final boolean review;

    /**
     * @param review true: every new request waits as a draft for the attorney's approval ({@code pdbot.submit.mode=review})
     */
    public Drafts(RequestRenderer requests, PacketBuilder packets, ComplianceRules rules, ComplianceChecker compliance,
                  Templates templates, MailComposer mailComposer, Outbox outbox, MessageIds ids, RequestStore store,
                  String clinicAddress, Path dataDir, boolean review, Clock clock) {
        this.caseJson = new CaseJson();
        this.composer = new RequestComposer(requests, packets, rules, compliance, mailComposer, outbox, ids,
                clinicAddress, dataDir.resolve("packets"), clock);
        this.mailer = new DraftMailer(templates, mailComposer, outbox, ids, caseJson, clinicAddress);
        this.outbox = outbox;
        this.ids = ids;
        this.store = store;
        this.clinicAddress = clinicAddress;
        this.review = review;
    }

    /**
     * Prepares a new request for a submittable case. A case is its A-number and PD types: while one is waiting
     * as a draft, the same case again adds nothing; once one was sent, a new one needs the attorney's approval
     * whatever the mode. The packet and mail(s) were made beforehand by {@link #compose(Assessment)} (null: the
     * case waited as a draft then, and they are made here if it no longer does). The decision is taken here, on
     * what the database holds now: when the same case was prepared meanwhile, what was made beforehand is thrown
     * away.
     *
     * @param sender who sent the case, asked to approve when no attorney email is known (may be null)
     */
    public Prepared prepare(Connection c, long intakeId, Assessment a, String sender, Composition made)
            throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        String key = caseKey(cf);
        List<RequestRecord> earlier = store.byCaseKey(key);
        Optional<RequestRecord> pending = earlier.stream().filter(r -> r.state() == RequestStatus.DRAFT).findFirst();
        if (pending.isPresent()) {
            if (made != null) {
                made.discard();
            }
            AuditLog.record(c, intakeId, pending.get().id(), "DUPLICATE_OF_DRAFT", "same case as the waiting draft");
            return new Prepared.AlreadyDrafted(pending.get());
        }
        Optional<RequestRecord> duplicateOf = earlier.stream().findFirst();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        ComposedRequest composed = made != null ? made.request()
                : composer.compose(cf, resolved.office(), ids.newReference(), ids.newMessageId());
        if (composed.blocked() != null) {
            return composed.blocked();
        }
        boolean draft = review || duplicateOf.isPresent();
        RequestRecord request = RequestStore.insert(c, new RequestRecord(0, intakeId, cf.aNumber().digits(), cf.name(),
                cf.pdTypes().stream().map(PdType::name).collect(Collectors.joining(",")), resolved.office().code(),
                resolved.office().pdAddress(), resolved.explanation(), composed.subject(), composed.reference(),
                composed.messageId(), cf.nextHearing() == null ? null : cf.nextHearing().date(), cf.detained(),
                RequestComposer.attorneyCopy(cf).orElse(null),
                (draft ? RequestStatus.DRAFT : RequestStatus.QUEUED).name(), null, null));
        RequestStore.saveCase(c, request.id(), key, caseJson.write(cf), duplicateOf.map(RequestRecord::id).orElse(null));
        if (!draft) {
            queue(c, intakeId, request.id(), composed.mails());
            AuditLog.record(c, intakeId, request.id(), "REQUEST_QUEUED", "to " + resolved.office().code() + " as "
                    + composed.messageId() + "; " + resolved.explanation());
            return new Prepared.Queued(request);
        }
        String reviewer = RequestComposer.attorneyCopy(cf).orElse(sender != null ? sender : clinicAddress);
        DraftRecord d = mailer.send(c, intakeId, request, resolved, composed, reviewer, duplicateOf, null);
        return new Prepared.Drafted(request, d);
    }

    /**
     * A corrected case for a request still in draft: the packet and mail are made again (same Message-ID and
     * reference, since nothing was sent) and a new draft supersedes the old one.
     */
    public Prepared redraft(Connection c, long intakeId, RequestRecord request, Assessment a, String reviewer)
            throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        ComposedRequest composed = composer.compose(cf, resolved.office(), request.reference(), request.messageId());
        if (composed.blocked() != null) {
            return composed.blocked();
        }
        RequestStore.updateDraft(c, request.id(), cf.name(), resolved.office().code(), resolved.office().pdAddress(),
                resolved.explanation(), composed.subject(), cf.nextHearing() == null ? null : cf.nextHearing().date(),
                cf.detained(), RequestComposer.attorneyCopy(cf).orElse(null));
        RequestStore.saveCase(c, request.id(), caseKey(cf), caseJson.write(cf), null);
        RequestRecord updated = store.byId(request.id()).orElse(request);
        DraftRecord d = mailer.send(c, intakeId, updated, resolved, composed, reviewer, Optional.empty(), null);
        return new Prepared.Drafted(updated, d);
    }

    /**
     * What approving a draft would send today: the request made again from the draft's case with today's date
     * (the packet too, under a folder of its own), the compliance check run again, and everything but the date
     * compared with what the draft showed. Slow, and writes only files: call it before the decision, then
     * {@link #queueApproved} or {@link #redraftUnsent} in the deciding transaction, or {@link Reapproval#discard}.
     */
    public Reapproval reapprove(RequestRecord request, DraftRecord draft, Assessment a) throws SQLException,
            MessagingException {
        if (!a.submittable()) {
            return new Reapproval(null, a.problems(), List.of());
        }
        CaseFile cf = a.caseFile();
        Office office = ((Resolution.Resolved) a.resolution()).office();
        Path dir = composer.approvalDir(request.reference());
        ComposedRequest composed = composer.compose(cf, office, request.reference(), request.messageId(), composer.today(), dir,
                true);
        List<String> changes = new ArrayList<>();
        DraftChanges.office(draft.recipients(), office.displayName(), office.pdAddress()).ifPresent(changes::add);
        DraftRecord.Letter shown = draft.letter();
        if (shown != null) {
            String sameDay = composer.letterText(cf, office, request.reference(), shown.date());
            DraftChanges.letter(shown.text(), sameDay).ifPresent(changes::add);
            if (shown.findings() != null) {
                List<Finding> before = caseJson.readFindings(shown.findings());
                changes.addAll(DraftChanges.newFindings(before, composed.report().findings()));
                if (!changes.isEmpty()) {
                    changes.addAll(DraftChanges.goneFindings(before, composed.report().findings()));
                }
            }
        }
        return new Reapproval(composed, changes, composed.blocking());
    }

    /** Queues the mails of an approval that changed nothing but the date: the letter is dated today. */
    public void queueApproved(Connection c, Long intakeId, long requestId, Reapproval approval) throws SQLException,
            MessagingException {
        if (!approval.sendable()) {
            throw new IllegalStateException("Request #" + requestId + " changed since its draft: not sendable");
        }
        queue(c, intakeId, requestId, approval.request().mails());
        AuditLog.record(c, intakeId, requestId, "REDATED", "made again on approval, dated " + approval.request().day());
    }

    /**
     * An approval found the request changed (or blocked): nothing goes to OPLA, and the attorney gets a new draft
     * of the request as it would be sent today, saying what changed and why it was not sent. The old draft must
     * already be retired ({@link DraftStore#supersede}).
     */
    public DraftRecord redraftUnsent(Connection c, Long intakeId, RequestRecord request, DraftRecord approved,
                                     Assessment a, Reapproval approval, String approvedBy)
            throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        ComposedRequest composed = approval.request();
        RequestStore.updateDraft(c, request.id(), cf.name(), resolved.office().code(), resolved.office().pdAddress(),
                resolved.explanation(), composed.subject(), cf.nextHearing() == null ? null : cf.nextHearing().date(),
                cf.detained(), RequestComposer.attorneyCopy(cf).orElse(null));
        Map<String, Object> notSent = new HashMap<>();
        notSent.put("version", approved.version());
        notSent.put("by", approvedBy);
        notSent.put("on", LETTER_DAY.format(composed.day()));
        notSent.put("changes", approval.changes());
        notSent.put("blocking", approval.blocking());
        RequestRecord updated = store.byId(request.id()).orElse(request);
        DraftRecord d = mailer.send(c, intakeId, updated, resolved, composed, approved.reviewer(),
                Optional.empty(), notSent);
        AuditLog.record(c, intakeId, request.id(), "APPROVAL_NOT_SENT", "draft " + approved.version() + " approved by "
                + approvedBy + " changed: " + String.join("; ", approval.changes()));
        return d;
    }

    /** Queues mails kept by the outbox, exactly as they were composed. */
    public void queue(Connection c, Long intakeId, long requestId, List<Path> mails) throws SQLException, MessagingException {
        for (Path file : mails) {
            Emls kept = Emls.read(file);
            outbox.enqueueStored(c, "REQUEST", intakeId, requestId, kept.messageId(), kept.recipients(), file);
        }
    }

    public CaseFile caseOf(String json) {
        return caseJson.read(json);
    }

    /**
     * The slow part of a new request, the packet, the compliance check and the mail(s) to OPLA, made before the
     * decision so that several cases can be made at once (it reads the database but writes only files); null when
     * the case already waits as a draft, so that nothing needs making. Hand it to
     * {@link #prepare(Connection, long, Assessment, String, Composition)}.
     */
    public Composition compose(Assessment a) throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        if (store.byCaseKey(caseKey(cf)).stream().anyMatch(r -> r.state() == RequestStatus.DRAFT)) {
            return null;
        }
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        return new Composition(composer.compose(cf, resolved.office(), ids.newReference(), ids.newMessageId()));
    }

    static String caseKey(CaseFile cf) {
        return cf.aNumber().digits() + ":" + cf.pdTypes().stream().map(PdType::name).collect(Collectors.joining(","));
    }
}
