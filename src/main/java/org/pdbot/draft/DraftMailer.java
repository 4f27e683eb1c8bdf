package org.pdbot.draft;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.OutgoingMail;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pdbot.casefile.ClientName;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;
import org.pdbot.directory.Resolution;
import org.pdbot.render.Packet;
import org.pdbot.render.Templates;
import org.pdbot.store.AuditLog;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.DraftStore;
import org.pdbot.store.RequestRecord;

/** The draft mail to the attorney: the letter's text, the compliance report, the office and why, the packet. */
final class DraftMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Templates templates;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final CaseJson caseJson;
    private final String clinicAddress;

    DraftMailer(Templates templates, MailComposer composer, Outbox outbox, MessageIds ids, CaseJson caseJson,
                String clinicAddress) {
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.caseJson = caseJson;
        this.clinicAddress = clinicAddress;
    }

    /**
     * Records draft N+1 of {@code request} and queues its mail to {@code reviewer}; {@code notSent}: why an
     * approval sent nothing (null otherwise).
     */
    DraftRecord send(Connection c, Long intakeId, RequestRecord request, Resolution.Resolved resolved,
                                  ComposedRequest composed, String reviewer, Optional<RequestRecord> duplicateOf,
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
}
