package org.pdbot.draft;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.pdbot.casefile.CaseFile;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;
import org.pdbot.mail.OutgoingMail;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.render.NeedsInfoRenderer;
import org.pdbot.render.NeedsInfoReply;
import org.pdbot.store.AuditLog;

/** The answer to a staff member whose case or reply cannot go on: what is missing or wrong, in their thread. */
public final class NeedsInfoMailer {

    private final NeedsInfoRenderer needsInfo;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final String clinicAddress;

    public NeedsInfoMailer(NeedsInfoRenderer needsInfo, MailComposer composer, Outbox outbox, MessageIds ids,
                           String clinicAddress) {
        this.needsInfo = needsInfo;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.clinicAddress = clinicAddress;
    }

    /** Queues the answer in the transaction {@code c}; {@code cf} is what was read of the case (may be empty). */
    public void queue(Connection c, long intakeId, ReplyTarget to, CaseFile cf, List<String> problems)
            throws SQLException, MessagingException {
        NeedsInfoReply reply = needsInfo.render(to.subject() == null ? "" : to.subject(), cf, problems);
        OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(to.address()), List.of(), reply.subject(),
                reply.text(), null, List.of(), ids.newMessageId(), to.messageId(), to.thread(),
                Map.of("Auto-Submitted", "auto-replied"), List.of());
        outbox.enqueue(c, "NEEDS_INFO", intakeId, null, composer.compose(mail), mail.recipients());
        AuditLog.record(c, intakeId, null, "NEEDS_INFO_QUEUED", problems.size() + " problem(s); reply to sender");
    }
}
