package org.pdbot.submit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.ClientName;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.check.Assessment;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceReport;
import org.pdbot.check.ComplianceRules;
import org.pdbot.check.Finding;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;
import org.pdbot.directory.Resolution;
import org.pdbot.render.NeedsInfoRenderer;
import org.pdbot.render.NeedsInfoReply;
import org.pdbot.render.Packet;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;
import org.pdbot.store.AuditLog;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.DraftStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;

/**
 * Turns a submittable case into mail: the PDF packet and the short cover mail(s) to OPLA, checked for
 * compliance, and then either queued at once ({@code auto}) or shown to the attorney as a draft
 * ({@code review}). Runs inside the intake's transaction, so the request, its mail and the intake's outcome
 * are recorded together or not at all. Also answers staff whose case cannot be sent yet.
 */
public final class Submitter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter LETTER_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US);

    private final RequestRenderer requests;
    private final NeedsInfoRenderer needsInfo;
    private final PacketBuilder packets;
    private final ComplianceRules rules;
    private final ComplianceChecker compliance;
    private final Templates templates;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final RequestStore store;
    private final CaseJson caseJson;
    private final String clinicAddress;
    private final Path packetsDir;
    private final boolean review;
    private final Clock clock;

    public Submitter(RequestRenderer requests, NeedsInfoRenderer needsInfo, PacketBuilder packets, ComplianceRules rules,
                     ComplianceChecker compliance, Templates templates, MailComposer composer, Outbox outbox,
                     MessageIds ids, RequestStore store, String clinicAddress, Path dataDir, boolean review, Clock clock) {
        this.requests = requests;
        this.needsInfo = needsInfo;
        this.packets = packets;
        this.rules = rules;
        this.compliance = compliance;
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.store = store;
        this.caseJson = new CaseJson();
        this.clinicAddress = clinicAddress;
        this.packetsDir = dataDir.resolve("packets");
        this.review = review;
        this.clock = clock;
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
        Optional<RequestRecord> pending = earlier.stream().filter(r -> r.status().equals("DRAFT")).findFirst();
        if (pending.isPresent()) {
            if (made != null) {
                made.discard();
            }
            AuditLog.record(c, intakeId, pending.get().id(), "DUPLICATE_OF_DRAFT", "same case as the waiting draft");
            return new Prepared.AlreadyDrafted(pending.get());
        }
        Optional<RequestRecord> duplicateOf = earlier.stream().findFirst();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        Composed composed = made != null ? made.composed
                : compose(cf, resolved.office(), ids.newReference(), ids.newMessageId());
        if (composed.blocked() != null) {
            return composed.blocked();
        }
        boolean draft = review || duplicateOf.isPresent();
        RequestRecord request = RequestStore.insert(c, new RequestRecord(0, intakeId, cf.aNumber().digits(), cf.name(),
                cf.pdTypes().stream().map(PdType::name).collect(Collectors.joining(",")), resolved.office().code(),
                resolved.office().pdAddress(), resolved.explanation(), composed.subject(), composed.reference(),
                composed.messageId(), cf.nextHearing() == null ? null : cf.nextHearing().date(), cf.detained(),
                attorneyCopy(cf).orElse(null), draft ? "DRAFT" : "QUEUED", null, null));
        DraftStore.saveCase(c, request.id(), key, caseJson.write(cf), duplicateOf.map(RequestRecord::id).orElse(null));
        if (!draft) {
            queue(c, intakeId, request.id(), composed.mails());
            AuditLog.record(c, intakeId, request.id(), "REQUEST_QUEUED", "to " + resolved.office().code() + " as "
                    + composed.messageId() + "; " + resolved.explanation());
            return new Prepared.Queued(request);
        }
        String reviewer = attorneyCopy(cf).orElse(sender != null ? sender : clinicAddress);
        DraftRecord d = sendDraft(c, intakeId, request, resolved, composed, reviewer, duplicateOf, null);
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
        Composed composed = compose(cf, resolved.office(), request.reference(), request.messageId());
        if (composed.blocked() != null) {
            return composed.blocked();
        }
        RequestStore.updateDraft(c, request.id(), cf.name(), resolved.office().code(), resolved.office().pdAddress(),
                resolved.explanation(), composed.subject(), cf.nextHearing() == null ? null : cf.nextHearing().date(),
                cf.detained(), attorneyCopy(cf).orElse(null));
        DraftStore.saveCase(c, request.id(), caseKey(cf), caseJson.write(cf), null);
        RequestRecord updated = store.byId(request.id()).orElse(request);
        DraftRecord d = sendDraft(c, intakeId, updated, resolved, composed, reviewer, Optional.empty(), null);
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
        Path dir = packetsDir.resolve(request.reference()).resolve("approved-" + java.util.UUID.randomUUID());
        Composed composed = compose(cf, office, request.reference(), request.messageId(), LocalDate.now(clock), dir,
                true);
        List<String> changes = new ArrayList<>();
        DraftChanges.office(draft.recipients(), office.displayName(), office.pdAddress()).ifPresent(changes::add);
        DraftRecord.Letter shown = draft.letter();
        if (shown != null) {
            String sameDay = requests.render(cf, office, request.reference(), shown.date()).text();
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
        queue(c, intakeId, requestId, approval.composed.mails());
        AuditLog.record(c, intakeId, requestId, "REDATED", "made again on approval, dated " + approval.composed.day());
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
        Composed composed = approval.composed;
        RequestStore.updateDraft(c, request.id(), cf.name(), resolved.office().code(), resolved.office().pdAddress(),
                resolved.explanation(), composed.subject(), cf.nextHearing() == null ? null : cf.nextHearing().date(),
                cf.detained(), attorneyCopy(cf).orElse(null));
        Map<String, Object> notSent = new HashMap<>();
        notSent.put("version", approved.version());
        notSent.put("by", approvedBy);
        notSent.put("on", LETTER_DAY.format(composed.day()));
        notSent.put("changes", approval.changes());
        notSent.put("blocking", approval.blocking());
        RequestRecord updated = store.byId(request.id()).orElse(request);
        DraftRecord d = sendDraft(c, intakeId, updated, resolved, composed, approved.reviewer(),
                Optional.empty(), notSent);
        AuditLog.record(c, intakeId, request.id(), "APPROVAL_NOT_SENT", "draft " + approved.version() + " approved by "
                + approvedBy + " changed: " + String.join("; ", approval.changes()));
        return d;
    }

    /** What approving a draft would send, made before the decision; see {@link #reapprove}. */
    public static final class Reapproval {

        private final Composed composed;
        private final List<String> changes;
        private final List<String> blocking;

        private Reapproval(Composed composed, List<String> changes, List<String> blocking) {
            this.composed = composed;
            this.changes = List.copyOf(changes);
            this.blocking = List.copyOf(blocking);
        }

        /** Nothing but the date changed and nothing blocks: the approval sends. */
        public boolean sendable() {
            return composed != null && changes.isEmpty() && blocking.isEmpty();
        }

        /** The request was made again (false: the case no longer passes intake's checks, see {@link #changes}). */
        public boolean composed() {
            return composed != null;
        }

        /** What differs from the draft, apart from the date, one sentence each. */
        public List<String> changes() {
            return changes;
        }

        /** What stops the request from being sent now (the draft may have shown it already). */
        public List<String> blocking() {
            return blocking;
        }

        /** Not sent (no longer a draft, or a refusal): the files made for it go. */
        public void discard() {
            if (composed != null) {
                Composition.delete(composed, composed.dir());
            }
        }
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

    /** Queues the answer to a staff member: what is missing or wrong, in the thread of their mail. */
    public void queueNeedsInfo(Connection c, long intakeId, ReplyTarget to, CaseFile cf, List<String> problems)
            throws SQLException, MessagingException {
        NeedsInfoReply reply = needsInfo.render(to.subject() == null ? "" : to.subject(), cf, problems);
        OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(to.address()), List.of(), reply.subject(),
                reply.text(), null, List.of(), ids.newMessageId(), to.messageId(), to.thread(),
                Map.of("Auto-Submitted", "auto-replied"), List.of());
        outbox.enqueue(c, "NEEDS_INFO", intakeId, null, composer.compose(mail), mail.recipients());
        AuditLog.record(c, intakeId, null, "NEEDS_INFO_QUEUED", problems.size() + " problem(s); reply to sender");
    }

    /**
     * The slow part of a new request, the packet, the compliance check and the mail(s) to OPLA, made before the
     * decision so that several cases can be made at once (it reads the database but writes only files); null when
     * the case already waits as a draft, so that nothing needs making. Hand it to
     * {@link #prepare(Connection, long, Assessment, String, Composition)}.
     */
    public Composition compose(Assessment a) throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        if (store.byCaseKey(caseKey(cf)).stream().anyMatch(r -> r.status().equals("DRAFT"))) {
            return null;
        }
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        return new Composition(compose(cf, resolved.office(), ids.newReference(), ids.newMessageId()));
    }

    /** A request's packet and mail(s), made and not yet decided on. */
    public static final class Composition {

        private final Composed composed;

        private Composition(Composed composed) {
            this.composed = composed;
        }

        /** The same case was prepared meanwhile: the files made for this one go. */
        void discard() {
            delete(composed, composed.dir());
        }

        static void delete(Composed composed, Path dir) {
            List<Path> files = new ArrayList<>(composed.mails());
            if (dir != null) {
                try (var packet = java.nio.file.Files.walk(dir)) {
                    files.addAll(packet.sorted(java.util.Comparator.reverseOrder()).toList());
                } catch (java.io.IOException e) {
                    // nothing was written there
                }
            }
            for (Path f : files) {
                try {
                    java.nio.file.Files.deleteIfExists(f);
                } catch (java.io.IOException e) {
                    // an orphaned file costs only disk space
                }
            }
        }
    }

    /** The packet, the compliance check and the mail(s) to OPLA, dated today, or why they cannot go. */
    private Composed compose(CaseFile cf, Office office, String reference, String messageId) throws SQLException,
            MessagingException {
        return compose(cf, office, reference, messageId, LocalDate.now(clock), packetsDir.resolve(reference), false);
    }

    /**
     * As {@link #compose(CaseFile, Office, String, String)}, dated {@code today}, the packet in {@code dir};
     * {@code evenIfBlocked}: the mails are made also when the check blocks them (to show in a draft).
     */
    private Composed compose(CaseFile cf, Office office, String reference, String messageId, LocalDate today, Path dir,
                             boolean evenIfBlocked) throws SQLException, MessagingException {
        Packet packet = packets.build(cf, office, reference, today, dir.resolve(packets.fileName(cf)));
        RenderedRequest full = requests.render(cf, office, reference, today);
        // the compliance check reads the letter exactly as the PDF says it
        ComplianceReport report = compliance.check(cf, office, packet.letterText(), packet.bytes());
        List<String> blocking = new ArrayList<>(report.blocking().stream().map(Finding::message).toList());
        blocking.addAll(packet.problems());
        if (!blocking.isEmpty() && !evenIfBlocked) {
            return Composed.blocked(new Prepared.Blocked(blocking));
        }
        List<Packet> parts = rules.oversize(office) == Oversize.SPLIT && packet.bytes() > rules.maxPacketBytes(office)
                ? packets.split(packet, rules.maxPacketBytes(office), dir)
                : List.of(packet);
        List<Path> mails = new ArrayList<>();
        String subject = null;
        List<String> cc = attorneyCopy(cf).map(List::of).orElse(List.of());
        for (int i = 0; i < parts.size(); i++) {
            Packet part = parts.get(i);
            Map<String, Object> packetModel = new LinkedHashMap<>();
            packetModel.put("fileNames", List.of(part.file().getFileName().toString()));
            packetModel.put("exhibits", (int) part.sections().stream().filter(s -> !s.title().equals("Letter")).count());
            if (parts.size() > 1) {
                packetModel.put("part", (i + 1) + " of " + parts.size());
            }
            RenderedRequest cover = requests.renderCover(cf, office, reference, today, packetModel);
            String partSubject = parts.size() > 1 ? cover.subject() + " (part " + (i + 1) + " of " + parts.size() + ")"
                    : cover.subject();
            if (i == 0) {
                subject = cover.subject();
            }
            List<SupportingDocument> attachments = new ArrayList<>();
            attachments.add(new SupportingDocument(part.file().getFileName().toString(), "application/pdf", part.file(),
                    part.bytes()));
            if (i == 0) {
                attachments.addAll(packet.sentSeparately());
            }
            OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(office.pdAddress()), cc, partSubject,
                    cover.text(), cover.html(), attachments, i == 0 ? messageId : ids.newMessageId(), null,
                    i == 0 ? List.of() : List.of(messageId), Map.of(), List.of());
            mails.add(outbox.store(composer.compose(mail)));
        }
        List<String> attachmentNames = new ArrayList<>(parts.stream().map(p -> p.file().getFileName().toString()).toList());
        packet.sentSeparately().forEach(d -> attachmentNames.add(d.fileName()));
        return new Composed(cf, reference, messageId, subject, mails, parts, packet, report, full, attachmentNames,
                null, today, dir, blocking);
    }

    private DraftRecord sendDraft(Connection c, Long intakeId, RequestRecord request, Resolution.Resolved resolved,
                                  Composed composed, String reviewer, Optional<RequestRecord> duplicateOf,
                                  Map<String, Object> notSent) throws SQLException, MessagingException {
        Office office = resolved.office();
        String draftMessageId = ids.newMessageId();
        String draftReference = ids.newDraftReference();
        int version = DraftStore.nextVersion(c, request.id());
        Map<String, Object> model = DraftModel.of(version, draftReference, composed.subject(), office,
                resolved.explanation(), composed.report(), composed.attachmentNames(), composed.packet().letterText());
        if (notSent != null) {
            model.put("notSent", notSent);
        }
        ClientName name = ClientName.of(composed.caseFile());
        if (name.assumed()) {
            model.put("filedAs", name.filedAs());
        }
        duplicateOf.ifPresent(d -> {
            Map<String, Object> dup = new HashMap<>();
            dup.put("id", d.id());
            dup.put("status", d.status());
            dup.put("createdAt", DAY.format(d.createdAt().atZone(ZoneId.systemDefault())));
            if (d.sentAt() != null) {
                dup.put("sentAt", DAY.format(d.sentAt().atZone(ZoneId.systemDefault())));
            }
            model.put("duplicate", dup);
        });
        List<SupportingDocument> attachments = new ArrayList<>();
        for (Packet part : composed.parts()) {
            attachments.add(new SupportingDocument(part.file().getFileName().toString(), "application/pdf", part.file(),
                    part.bytes()));
        }
        attachments.addAll(composed.packet().sentSeparately());
        OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(reviewer), List.of(),
                templates.render("draft-subject.ftl", model).strip(), templates.render("draft.txt.ftl", model), null,
                attachments, draftMessageId, null, List.of(), Map.of("Auto-Submitted", "auto-generated"), List.of());
        DraftRecord d = DraftStore.insert(c, request.id(), draftMessageId, draftReference, reviewer, composed.mails(),
                office.pdAddress(), new DraftRecord.Letter(composed.day(), composed.full().text(),
                        caseJson.writeFindings(composed.report().findings())));
        outbox.enqueue(c, "DRAFT", intakeId, request.id(), composer.compose(mail), mail.recipients());
        AuditLog.record(c, intakeId, request.id(), "DRAFTED", "draft " + d.version() + " to " + reviewer + " for "
                + office.code() + (duplicateOf.isPresent() ? "; possible duplicate of #" + duplicateOf.get().id() : ""));
        return d;
    }

    static String caseKey(CaseFile cf) {
        return cf.aNumber().digits() + ":" + cf.pdTypes().stream().map(PdType::name).collect(Collectors.joining(","));
    }

    private static Optional<String> attorneyCopy(CaseFile cf) {
        String email = cf.attorney().email();
        if (email == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(email.strip(), true).getAddress());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code full}: the letter as {@link RequestRenderer#render} gives it, kept with the draft so an approval can tell
     * whether anything but the date changed; {@code day}: the letter's date; {@code dir}: the packet's folder;
     * {@code blocking}: what stops it.
     */
    private record Composed(CaseFile caseFile, String reference, String messageId, String subject, List<Path> mails,
                            List<Packet> parts, Packet packet, ComplianceReport report, RenderedRequest full,
                            List<String> attachmentNames, Prepared.Blocked blocked, LocalDate day, Path dir,
                            List<String> blocking) {
        static Composed blocked(Prepared.Blocked b) {
            return new Composed(null, null, null, null, List.of(), List.of(), null, null, null, List.of(), b, null, null,
                    b.problems());
        }
    }
}
