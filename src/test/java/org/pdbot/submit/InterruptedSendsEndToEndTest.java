package org.pdbot.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.RunningBot;

/**
 * Every sent mail also reaches the clinic's own mailbox (Bcc) in the same SMTP transaction; that copy settles a
 * send a crash cut short. The crash is played by setting the outbox row back to POSSIBLY_SENT, as the next start
 * does for a row left in SENDING.
 */
class InterruptedSendsEndToEndTest {

    static final String OPLA = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    static final String ATTORNEY = "arivera@clinic.test";

    @TempDir
    Path data;

    RunningBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theArchiveCopyIsFiledAsSentNotTakenAsAnIntakeAndTheServerReplyIsRecorded() throws Exception {
        MimeMessage request = sendRequest(Map.of());

        List<MimeMessage> copies = bot.awaitIntakeFolder("pdbot-sent", 1);
        assertThat(copies).extracting(MimeMessage::getMessageID).contains(request.getMessageID());
        assertThat(request.getHeader("Bcc")).as("the Bcc is in the envelope only").isNull();
        assertThat(bot.bot().components().intakes().all()).as("the copy is no intake").hasSize(1);
        assertThat(column("server_reply", request.getMessageID())).startsWith("250");
    }

    @Test
    void anInterruptedSendWhoseCopyIsInTheArchiveBecomesSentWithoutASecondSend() throws Exception {
        MimeMessage request = sendRequest(Map.of("pdbot.outbox.evidence-check-ms", "200"));
        bot.awaitIntakeFolder("pdbot-sent", 1);

        interrupt(request.getMessageID());

        awaitOutbox(request.getMessageID(), "SENT");
        assertThat(column("resolved_by", request.getMessageID())).contains("SENT by evidence").contains("pdbot-sent");
        assertThat(requestStatus()).isEqualTo("SENT");
        Thread.sleep(600);
        assertThat(bot.inbox(OPLA)).hasSize(1);
    }

    @Test
    void anInterruptedSendWithNoCopyAfterTheGracePeriodIsSentAgainOnce() throws Exception {
        MimeMessage request = sendRequest(Map.of("pdbot.outbox.evidence-check-ms", "200",
                "pdbot.outbox.resend-grace-ms", "1000", "pdbot.outbox.max-resends", "1"));
        bot.awaitIntakeFolder("pdbot-sent", 1);
        // the transaction never completed: neither OPLA's copy nor the archive copy exists
        folder(OPLA, "INBOX").deleteAllMessages();
        folder(RunningBot.INBOX, "pdbot-sent").deleteAllMessages();

        interrupt(request.getMessageID());

        List<MimeMessage> atOpla = bot.awaitInbox(OPLA, 1);
        assertThat(atOpla).extracting(MimeMessage::getMessageID).containsExactly(request.getMessageID());
        awaitOutbox(request.getMessageID(), "SENT");
        assertThat(column("resolved_by", request.getMessageID())).startsWith("re-sent: no copy in");
        Thread.sleep(1500);
        assertThat(bot.inbox(OPLA)).hasSize(1);
        assertThat(requestStatus()).isEqualTo("SENT");
    }

    @Test
    void anAnswerToStaffCarriesAnArchiveCopyTooSoAnInterruptedOneIsSettledWithoutAPerson() throws Exception {
        bot = RunningBot.start(data, new HashMap<>(Map.of("pdbot.outbox.evidence-check-ms", "200")));
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().without("A-Number").bytes());
        MimeMessage answer = bot.awaitInbox("paralegal@clinic.test", 1).get(0);
        awaitOutbox(answer.getMessageID(), "SENT");
        assertThat(bot.awaitIntakeFolder("pdbot-sent", 1)).extracting(MimeMessage::getMessageID)
                .contains(answer.getMessageID());

        interrupt(answer.getMessageID());

        awaitOutbox(answer.getMessageID(), "SENT");
        assertThat(column("resolved_by", answer.getMessageID())).contains("SENT by evidence");
        Thread.sleep(600);
        assertThat(bot.inbox("paralegal@clinic.test")).as("answered once, nobody told").hasSize(1);
        assertThat(bot.inbox(ATTORNEY)).isEmpty();
    }

    @Test
    void withoutAnArchiveTheMailStaysPossiblySentAndTheAttorneyIsToldOnce() throws Exception {
        MimeMessage request = sendRequest(Map.of("pdbot.outbox.archive-copy", "none",
                "pdbot.outbox.evidence-check-ms", "200"));
        assertThat(bot.mailbox(RunningBot.INBOX, "pdbot-sent")).isEmpty();

        interrupt(request.getMessageID());

        List<MimeMessage> toAttorney = bot.awaitInbox(ATTORNEY, 2); // the request's Cc, then the one notice
        assertThat(toAttorney.get(1).getSubject()).contains("POSSIBLY_SENT").contains("A201-555-123");
        assertThat(org.pdbot.testing.MailParts.textOf(toAttorney.get(1))).contains(request.getMessageID())
                .contains("no archive copy is kept");
        Thread.sleep(1000); // five more rounds
        assertThat(bot.inbox(ATTORNEY)).hasSize(2);
        assertThat(column("status", request.getMessageID())).isEqualTo("POSSIBLY_SENT");
        assertThat(bot.inbox(OPLA)).hasSize(1);
    }

    @Test
    void anArchiveUnsearchableForAMomentAfterTheGracePeriodTellsNobodyAndTheCopySettlesIt() throws Exception {
        MimeMessage request = sendRequest(Map.of("pdbot.outbox.evidence-check-ms", "200",
                "pdbot.outbox.resend-grace-ms", "1000"));
        bot.awaitIntakeFolder("pdbot-sent", 1);
        GreenMailUser clinic = bot.greenMail().getUserManager().getUserByEmail(RunningBot.INBOX);
        String password = clinic.getPassword();
        clinic.setPassword("changed-" + password);

        // as after a slow restart: the interrupted attempt is long past its grace period when first looked at
        interrupt(request.getMessageID(), 10);
        Thread.sleep(700); // three rounds that cannot log in to the archive
        clinic.setPassword(password);

        awaitOutbox(request.getMessageID(), "SENT");
        assertThat(column("resolved_by", request.getMessageID())).contains("SENT by evidence");
        assertThat(bot.inbox(ATTORNEY)).as("the request's Cc only, no notice").hasSize(1);
        assertThat(bot.inbox(OPLA)).hasSize(1);
    }

    @Test
    void anArchiveUnsearchableForAGracePeriodLeavesTheMailToTheAttorneyOnce() throws Exception {
        MimeMessage request = sendRequest(Map.of("pdbot.outbox.evidence-check-ms", "200",
                "pdbot.outbox.resend-grace-ms", "1000"));
        bot.awaitIntakeFolder("pdbot-sent", 1);
        GreenMailUser clinic = bot.greenMail().getUserManager().getUserByEmail(RunningBot.INBOX);
        clinic.setPassword("changed-" + clinic.getPassword());

        interrupt(request.getMessageID(), 10);

        List<MimeMessage> toAttorney = bot.awaitInbox(ATTORNEY, 2);
        assertThat(org.pdbot.testing.MailParts.textOf(toAttorney.get(1))).contains(request.getMessageID())
                .contains("could not be searched");
        Thread.sleep(1000);
        assertThat(bot.inbox(ATTORNEY)).hasSize(2);
        assertThat(column("status", request.getMessageID())).isEqualTo("POSSIBLY_SENT");
    }

    private MimeMessage sendRequest(Map<String, String> settings) throws Exception {
        bot = RunningBot.start(data, new HashMap<>(settings));
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
        MimeMessage request = bot.awaitInbox(OPLA, 1).get(0);
        awaitOutbox(request.getMessageID(), "SENT");
        return request;
    }

    /** What the next start makes of a row a kill left in SENDING. */
    private void interrupt(String messageId) {
        interrupt(messageId, 0);
    }

    /** As {@link #interrupt(String)}, the attempt cut short {@code secondsAgo}. */
    private void interrupt(String messageId, int secondsAgo) {
        bot.bot().components().db().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update outbox set status = 'POSSIBLY_SENT', "
                    + "sending_at = ?, sent_at = null where message_id = ?")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(secondsAgo)));
                ps.setString(2, messageId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update pd_request set status = 'POSSIBLY_SENT' where message_id = ?")) {
                ps.setString(1, messageId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void awaitOutbox(String messageId, String status) {
        RunningBot.await(() -> status.equals(column("status", messageId)), Duration.ofSeconds(20),
                () -> "outbox mail " + messageId + " " + status + ", is " + column("status", messageId));
    }

    private String column(String name, String messageId) {
        return bot.bot().components().db().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + name + " from outbox where message_id = ?")) {
                ps.setString(1, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private String requestStatus() {
        return bot.bot().components().requests().all().get(0).status();
    }

    private MailFolder folder(String address, String name) {
        GreenMailUser user = bot.greenMail().getUserManager().getUserByEmail(address);
        return bot.greenMail().getManagers().getImapHostManager().getFolder(user, name);
    }
}
