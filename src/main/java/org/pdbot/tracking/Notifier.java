package org.pdbot.tracking;

import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdbot.casefile.ANumber;
import org.pdbot.directory.Office;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.render.Templates;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.ThreadMessage;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;
import org.pdbot.mail.OutgoingMail;

/**
 * Tells the clinic what happened in a request's thread: OPLA's substantive answers (with the reply attached
 * whole), bounces, and the one reminder for an overdue request. Every notice goes to the attorney of record,
 * or the clinic inbox when none is known, and carries {@code Auto-Submitted: auto-generated}.
 */
final class Notifier {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Templates templates;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final String clinicInbox;
    private final ZoneId zone;
    private final OfficeDirectory directory;

    private final String admin;

    Notifier(OfficeDirectory directory, Templates templates, MailComposer composer, Outbox outbox, MessageIds ids,
             String clinicInbox, String admin, ZoneId zone) {
        this.admin = admin == null || admin.isBlank() ? clinicInbox : admin;
        this.directory = directory;
        this.templates = templates;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.clinicInbox = clinicInbox;
        this.zone = zone;
    }

    void replyNotice(Connection c, RequestRecord request, ThreadMessage reply, ReplyAnalysis analysis,
                     String fromStatus, String toStatus, Path raw, boolean copyOnly) throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put("classification", analysis.classification().name());
        if (toStatus != null) {
            model.put("fromStatus", fromStatus);
            model.put("toStatus", toStatus);
        }
        model.put("request", requestModel(request));
        Map<String, Object> r = new HashMap<>();
        r.put("from", String.valueOf(reply.fromAddress()));
        r.put("receivedAt", WHEN.format(reply.receivedAt().atZone(zone)));
        r.put("matchedBy", reply.matchedBy());
        if (analysis.newText() != null && !analysis.newText().isBlank()) {
            r.put("newText", analysis.newText().strip());
        }
        model.put("reply", r);
        if (analysis.classification().deliveryReport()) {
            Map<String, Object> b = new HashMap<>();
            if (copyOnly) {
                b.put("copyOnly", true);
            }
            if (analysis.bounceReason() != null) {
                b.put("reason", analysis.bounceReason().name());
                b.put("reasonWords", analysis.bounceReason().words());
            }
            if (analysis.diagnostic() != null) {
                b.put("diagnostic", analysis.diagnostic());
            }
            Office office = directory.byCode(request.officeCode()).orElse(null);
            if (office != null && office.maxPacketMb() != null) {
                b.put("maxPacketMb", office.maxPacketMb());
            }
            String failed = analysis.failedRecipient();
            if (failed != null) {
                // shown as the directory spells it, so the clinic finds it in config/opla-offices.yaml
                b.put("failedRecipient", failed.equalsIgnoreCase(request.officeAddress()) ? request.officeAddress() : failed);
            }
            if (analysis.bounceStatus() != null) {
                b.put("status", analysis.bounceStatus());
            }
            model.put("bounce", b);
        }
        // a notice to an address that just bounced would bounce again, and that bounce would make another notice
        boolean attorneyFailed = request.attorneyEmail() != null && analysis.failedRecipients().stream()
                .anyMatch(a -> a.equalsIgnoreCase(request.attorneyEmail()));
        send(c, request, "REPLY_NOTICE", templates.render("reply-notice-subject.ftl", model),
                templates.render("reply-notice.txt.ftl", model), List.of(raw), attorneyFailed ? clinicInbox : null);
    }

    /**
     * The office's address does not exist: the clinic's admin ({@code pdbot.admin.email}) is asked to check the
     * directory entry, once per office address.
     */
    void directoryWarning(Connection c, RequestRecord request, ReplyAnalysis analysis) throws SQLException {
        String key = "office address bounced: " + request.officeAddress();
        if (org.pdbot.store.AuditLog.has(c, "DIRECTORY_CHECK", key)) {
            return;
        }
        org.pdbot.store.AuditLog.record(c, null, request.id(), "DIRECTORY_CHECK", key);
        Map<String, Object> model = new HashMap<>();
        model.put("request", requestModel(request));
        model.put("officeCode", request.officeCode());
        model.put("status", analysis.bounceStatus() == null ? "" : analysis.bounceStatus());
        model.put("diagnostic", analysis.diagnostic() == null ? "" : analysis.diagnostic());
        OutgoingMail mail = new OutgoingMail(clinicInbox, List.of(admin), List.of(),
                templates.render("directory-warning-subject.ftl", model).strip(),
                templates.render("directory-warning.txt.ftl", model), null, List.of(), ids.newMessageId(), null,
                List.of(), Map.of("Auto-Submitted", "auto-generated", "X-Auto-Response-Suppress", "All"), List.of());
        try {
            outbox.enqueue(c, "ADMIN_WARNING", null, request.id(), composer.compose(mail), mail.recipients());
        } catch (MessagingException e) {
            throw new SQLException("Cannot compose the directory warning for request #" + request.id(), e);
        }
    }

    void reminder(Connection c, RequestRecord request, String reason, List<ThreadMessage> replies, Instant now)
            throws SQLException {
        Map<String, Object> model = new HashMap<>();
        model.put("request", requestModel(request));
        model.put("reason", reason);
        model.put("daysWaiting", request.sentAt() == null ? 0 : Duration.between(request.sentAt(), now).toDays());
        model.put("replies", replies.stream().map(m -> Map.<String, Object>of(
                "from", String.valueOf(m.fromAddress()),
                "receivedAt", WHEN.format(m.receivedAt().atZone(zone)),
                "classification", String.valueOf(m.classification()))).toList());
        send(c, request, "REMINDER", templates.render("reminder-subject.ftl", model),
                templates.render("reminder.txt.ftl", model), List.of(), null);
    }

    private void send(Connection c, RequestRecord request, String kind, String subject, String text, List<Path> attach,
                      String instead) throws SQLException {
        String to = instead != null ? instead : request.attorneyEmail() != null ? request.attorneyEmail() : clinicInbox;
        OutgoingMail mail = new OutgoingMail(clinicInbox, List.of(to), List.of(), subject.strip(), text, null,
                List.of(), ids.newMessageId(), null, List.of(request.messageId()),
                Map.of("Auto-Submitted", "auto-generated", "X-Auto-Response-Suppress", "All"), attach);
        try {
            outbox.enqueue(c, kind, null, request.id(), composer.compose(mail), mail.recipients());
        } catch (MessagingException e) {
            throw new SQLException("Cannot compose the " + kind + " for request #" + request.id() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> requestModel(RequestRecord r) {
        Map<String, Object> m = new HashMap<>();
        m.put("aNumber", new ANumber(r.aNumber()).formatted());
        m.put("name", r.clientName());
        m.put("office", directory.byCode(r.officeCode()).map(Office::displayName).orElse(r.officeCode()));
        m.put("officeAddress", r.officeAddress());
        m.put("pdTypes", r.pdTypes().replace(",", ", "));
        m.put("sentAt", r.sentAt() == null ? "(not sent yet)" : WHEN.format(r.sentAt().atZone(zone)));
        if (r.nextHearing() != null) {
            m.put("nextHearing", DAY.format(r.nextHearing()));
        }
        m.put("reference", r.reference());
        m.put("status", r.status());
        return m;
    }
}
