package org.pdbot.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.OplaReply.anOplaReply;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.ThreadMessage;
import org.pdbot.testing.OplaReply;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/** A request goes out; OPLA's answers come back into the clinic inbox and move the request along. */
class ReplyTrackingEndToEndTest {

    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
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
    void replyThreadedByHeadersMovesTheRequestAndReachesTheAttorney() throws Exception {
        MimeMessage request = sendRequest();
        bot.sendToInbox(STEWART, anOplaReply().inReplyTo(request.getMessageID())
                .body("Counsel,\n\nOPLA agrees to join a motion to dismiss without prejudice. Please send the joint motion.")
                .quoting(MailParts.textOf(request)).bytes());

        awaitStatus("AGREED");
        assertThat(onlyThread()).singleElement().satisfies(t -> {
            assertThat(t.classification()).isEqualTo("AGREED");
            assertThat(t.matchedBy()).isEqualTo("HEADER");
            assertThat(t.fromAddress()).isEqualTo(STEWART);
        });
        List<MimeMessage> notices = bot.awaitInbox(ATTORNEY, 2); // the Cc of the request, then the notice
        MimeMessage notice = notices.get(1);
        assertThat(notice.getSubject()).contains("AGREED").contains("A201-555-123");
        assertThat(notice.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(MailParts.attachmentNames(notice)).containsExactly("reply.eml");
        bot.awaitIntakeFolder("pdbot-replies", 1);
    }

    @Test
    void replyWithoutThreadHeadersIsMatchedByTheReferenceMarker() throws Exception {
        MimeMessage request = sendRequest();
        bot.sendToInbox(STEWART, anOplaReply().subject("Your request")
                .body("This office acknowledges receipt of your PD request. It is under review.")
                .quoting(MailParts.textOf(request)).bytes());
        awaitStatus("ACKNOWLEDGED");

        bot.sendToInbox(STEWART, anOplaReply().subject("Decision")
                .body("After review, OPLA declines to exercise prosecutorial discretion at this time.")
                .quoting(MailParts.textOf(request)).bytes());
        awaitStatus("DECLINED");
        assertThat(onlyThread()).extracting(ThreadMessage::matchedBy).containsOnly("MARKER");
    }

    @Test
    void subjectWithTheANumberAttachesOnlyFromThePdAddress() throws Exception {
        sendRequest();
        bot.sendToInbox("someone@elsewhere.test", anOplaReply().from("someone@elsewhere.test")
                .subject("RE: A201-555-123 LOPEZ").body("OPLA agrees to dismiss.").bytes());
        bot.awaitIntakeFolder("pdbot-quarantine", 1);
        assertThat(onlyRequest().status()).isEqualTo("SENT");
        assertThat(onlyThread()).isEmpty();

        bot.sendToInbox(STEWART, anOplaReply().subject("RE: A201-555-123 LOPEZ")
                .body("Before we can consider this request, please provide certified dispositions.").bytes());
        awaitStatus("MORE_INFO_REQUESTED");
        assertThat(onlyThread()).singleElement().extracting(ThreadMessage::matchedBy).isEqualTo("SUBJECT");
    }

    @Test
    void outOfOfficeIsRecordedAsAutoReplyAndChangesNothing() throws Exception {
        MimeMessage request = sendRequest();
        bot.sendToInbox(STEWART, anOplaReply().inReplyTo(request.getMessageID()).subject("Automatic reply: PD Request")
                .header("Auto-Submitted", "auto-replied")
                .body("I am out of the office until December 7 with limited access to email.").bytes());

        bot.awaitIntakeFolder("pdbot-replies", 1);
        assertThat(onlyThread()).singleElement().extracting(ThreadMessage::classification).isEqualTo("AUTO_REPLY");
        assertThat(onlyRequest().status()).isEqualTo("SENT");
        Thread.sleep(500);
        assertThat(bot.inbox(ATTORNEY)).hasSize(1); // only the Cc of the request: nobody is told of an auto-reply
        assertThat(bot.inbox(STEWART)).hasSize(1); // and nothing answers it
    }

    @Test
    void deliveryFailureMarksTheRequestBouncedAndNamesTheAddress() throws Exception {
        MimeMessage request = sendRequest();
        bot.sendToInbox("MAILER-DAEMON@clinic.test", OplaReply.bounceOf(request.getMessageID(), STEWART));

        awaitStatus("BOUNCED");
        MimeMessage notice = bot.awaitInbox(ATTORNEY, 2).get(1);
        assertThat(notice.getSubject()).contains("BOUNCE");
        assertThat(MailParts.textOf(notice)).contains("could not be delivered to " + STEWART);
    }

    @Test
    void oplaMailMatchingNoRequestIsKeptAsUnmatched() throws Exception {
        bot = RunningBot.start(data);
        bot.sendToInbox("ICE-OPLA-ATL-PD@ice.dhs.gov", anOplaReply().from("ICE-OPLA-ATL-PD@ice.dhs.gov")
                .subject("Town hall on PD procedures").body("Please join our stakeholder call next week.").bytes());

        bot.awaitIntakeFolder("pdbot-unmatched", 1);
        assertThat(bot.bot().components().threads().unmatched()).singleElement()
                .extracting(ThreadMessage::fromAddress).isEqualTo("ICE-OPLA-ATL-PD@ice.dhs.gov");
    }

    @Test
    void clinicFollowUpInTheThreadIsRecordedNotTakenAsANewCase() throws Exception {
        MimeMessage request = sendRequest();
        OplaReply ask = anOplaReply().inReplyTo(request.getMessageID())
                .body("Please provide proof of residence before we can consider the request.");
        bot.sendToInbox(STEWART, ask.bytes());
        awaitStatus("MORE_INFO_REQUESTED");

        bot.sendToInbox("paralegal@clinic.test", aCaseMail().subject("RE: PD Request")
                .header("In-Reply-To", ask.messageId()).header("References", request.getMessageID() + " " + ask.messageId())
                .attachPdf("lease-2010.pdf").bytes());

        RunningBot.await(() -> onlyThread().size() == 2, Duration.ofSeconds(15), () -> "clinic mail in the thread");
        assertThat(onlyThread().get(1).origin()).isEqualTo("CLINIC");
        assertThat(bot.bot().components().requests().all()).hasSize(1);
        assertThat(bot.inbox("paralegal@clinic.test")).isEmpty();
        assertThat(onlyRequest().status()).isEqualTo("MORE_INFO_REQUESTED");
    }

    @Test
    void overdueRequestGetsExactlyOneReminderAcrossManyRounds() throws Exception {
        bot = RunningBot.start(data, Map.of("pdbot.followup.check-ms", "100",
                "pdbot.followup.before-hearing-days", "400"));
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
        bot.awaitInbox(STEWART, 1);

        awaitStatus("OVERDUE");
        Thread.sleep(1500); // fifteen more rounds
        List<MimeMessage> toAttorney = bot.awaitInbox(ATTORNEY, 2);
        assertThat(toAttorney).hasSize(2);
        assertThat(toAttorney.get(1).getSubject()).contains("OVERDUE").contains("A201-555-123");
        assertThat(MailParts.textOf(toAttorney.get(1))).contains("03/15/2027");
    }

    private MimeMessage sendRequest() throws Exception {
        bot = RunningBot.start(data);
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        awaitStatus("SENT");
        return request;
    }

    private void awaitStatus(String status) {
        RunningBot.await(() -> status.equals(onlyRequest().status()), Duration.ofSeconds(15),
                () -> "request " + status + ", is " + onlyRequest().status());
    }

    private RequestRecord onlyRequest() {
        return bot.bot().components().requests().all().get(0);
    }

    private List<ThreadMessage> onlyThread() {
        return bot.bot().components().threads().ofRequest(onlyRequest().id());
    }
}
