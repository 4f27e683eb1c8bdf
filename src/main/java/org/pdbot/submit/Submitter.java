package org.pdbot.submit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.PdType;
import org.pdbot.check.Assessment;
import org.pdbot.directory.Office;
import org.pdbot.directory.Resolution;
import org.pdbot.render.NeedsInfoRenderer;
import org.pdbot.render.NeedsInfoReply;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;
import org.pdbot.store.AuditLog;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;

/**
 * Turns a decision about an intake into mail in the outbox: the PD request to the office, or the answer
 * to the staff member whose case cannot be sent yet. Runs inside the intake's transaction, so the request,
 * its outgoing mail and the intake's outcome are recorded together or not at all.
 */
public final class Submitter {

    private final RequestRenderer requests;
    private final NeedsInfoRenderer needsInfo;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final String clinicAddress;
    private final Clock clock;

    public Submitter(RequestRenderer requests, NeedsInfoRenderer needsInfo, MailComposer composer, Outbox outbox,
                     MessageIds ids, String clinicAddress, Clock clock) {
        this.requests = requests;
        this.needsInfo = needsInfo;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.clinicAddress = clinicAddress;
        this.clock = clock;
    }

    /** Queues the PD request to the office's PD address, Cc the attorney when known. */
    public RequestRecord queueRequest(Connection c, long intakeId, Assessment a) throws SQLException, MessagingException {
        CaseFile cf = a.caseFile();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        Office office = resolved.office();
        String reference = ids.newReference();
        String messageId = ids.newMessageId();
        RenderedRequest rendered = requests.render(cf, office, reference, LocalDate.now(clock));
        List<String> cc = attorneyCopy(cf);
        OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(office.pdAddress()), cc, rendered.subject(),
                rendered.text(), rendered.html(), cf.documents(), messageId, null, List.of(), Map.of(), List.of());
        MimeMessage mime = composer.compose(mail);

        RequestRecord request = RequestStore.insert(c, new RequestRecord(0, intakeId, cf.aNumber().digits(), cf.name(),
                cf.pdTypes().stream().map(PdType::name).collect(Collectors.joining(",")), office.code(),
                office.pdAddress(), resolved.explanation(), rendered.subject(), reference, messageId,
                cf.nextHearing() == null ? null : cf.nextHearing().date(), cf.detained(),
                cc.isEmpty() ? null : cc.get(0), "QUEUED", null, null));
        outbox.enqueue(c, "REQUEST", intakeId, request.id(), mime, mail.recipients());
        AuditLog.record(c, intakeId, request.id(), "REQUEST_QUEUED", "to " + office.code() + " ("
                + office.pdAddress() + ") as " + messageId + "; " + resolved.explanation());
        return request;
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

    private static List<String> attorneyCopy(CaseFile cf) {
        String email = cf.attorney().email();
        if (email == null) {
            return List.of();
        }
        try {
            InternetAddress a = new InternetAddress(email.strip(), true);
            return List.of(a.getAddress());
        } catch (AddressException e) {
            return List.of();
        }
    }
}
