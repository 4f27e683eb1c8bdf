package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.RequestRecord;
import org.pdbot.testing.CaseMail;
import org.pdbot.testing.MailParts;
import static org.pdbot.testing.MailParts.attachmentNames;
import static org.pdbot.testing.MailParts.textOf;
import org.pdbot.testing.RunningBot;

/** The bot on its sandbox: case mail in over SMTP, requests out to the OPLA mailboxes, intake filed by outcome. */
class MailIntakeEndToEndTest {

    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";

    @TempDir
    Path data;

    RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = RunningBot.start(data);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void caseMailIsSentToTheOfficeOfItsCourtWithItsDocuments() throws Exception {
        CaseMail mail = aCaseMail().attachPdf("birth-certificate.pdf").attachPdf("letters-of-support.pdf");
        bot.sendToInbox("paralegal@clinic.test", mail.bytes());

        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        assertThat(request.getSubject()).contains("A201-555-123").contains("LOPEZ").contains("DETAINED");
        assertThat(request.getFrom()[0].toString()).isEqualTo(RunningBot.INBOX);
        assertThat(request.getHeader("Cc", ",")).contains("arivera@clinic.test");
        assertThat(request.getMessageID()).startsWith("<pdbot.").endsWith("@clinic.test>");
        assertThat(request.getHeader("Auto-Submitted")).isNull();
        assertThat(textOf(request)).contains("Ref: PDB-").contains("A201-555-123").contains("Guatemala");
        assertThat(attachmentNames(request)).singleElement().asString()
                .matches("PD-request-([A-Z0-9]+-)+123\\.pdf");   // surname and last digits, not the A-number
        assertThat(MailParts.pdfBookmarks(request))
                .containsExactly("Letter", "Exhibit 1 – birth-certificate.pdf", "Exhibit 2 – letters-of-support.pdf");
        assertThat(bot.awaitInbox("arivera@clinic.test", 1)).hasSize(1);

        bot.awaitIntakeFolder("pdbot-processed", 1);
        RunningBot.await(() -> bot.inbox(RunningBot.INBOX).isEmpty(), Duration.ofSeconds(10), () -> "inbox emptied");
        RunningBot.await(() -> "SENT".equals(onlyRequest().status()), Duration.ofSeconds(10), () -> "request SENT");
        RequestRecord stored = onlyRequest();
        assertThat(stored.messageId()).isEqualTo(request.getMessageID());
        assertThat(stored.officeCode()).isEqualTo("ATL-SDC");
        assertThat(stored.aNumber()).isEqualTo("201555123");
        assertThat(stored.pdTypes()).isEqualTo("DISMISS,ADMIN_CLOSE");
    }

    @Test
    void caseWithoutANumberGetsNeedsInfoReplyAndNothingGoesToOpla() throws Exception {
        CaseMail mail = aCaseMail().without("A-Number").without("Criminal history").subject("Lopez case");
        bot.sendToInbox("paralegal@clinic.test", mail.bytes());

        MimeMessage reply = bot.awaitInbox("paralegal@clinic.test", 1).get(0);
        assertThat(reply.getSubject()).isEqualTo("Re: Lopez case");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(mail.messageId());
        assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(textOf(reply)).contains("A-Number is missing").contains("Criminal history is missing");

        bot.awaitIntakeFolder("pdbot-needs-info", 1);
        assertThat(mailToOpla()).isEmpty();
        assertThat(bot.bot().components().requests().all()).isEmpty();
    }

    @Test
    void unknownCourtIsReportedToTheSenderNotGuessed() throws Exception {
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().with("Court", "Springfield Immigration Court")
                .with("Detained", "No").bytes());

        MimeMessage reply = bot.awaitInbox("paralegal@clinic.test", 1).get(0);
        assertThat(textOf(reply)).contains("Springfield");
        assertThat(mailToOpla()).isEmpty();
    }

    @Test
    void strangersMailIsQuarantinedAndNobodyIsAnswered() throws Exception {
        bot.sendToInbox("someone@elsewhere.test", aCaseMail().from("someone@elsewhere.test").bytes());

        bot.awaitIntakeFolder("pdbot-quarantine", 1);
        Thread.sleep(500);
        assertThat(bot.greenMail().getReceivedMessages()).hasSize(1); // only the stranger's own mail
        assertThat(bot.bot().components().intakes().all()).singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo("QUARANTINED"));
    }

    @Test
    void corruptMessageDoesNotBlockTheNextOne() throws Exception {
        byte[] corrupt = ("From: paralegal@clinic.test\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n--nope\r\n\u0000\u0001garbage=%%%\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        bot.sendToInbox("paralegal@clinic.test", corrupt);
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());

        assertThat(bot.awaitInbox(STEWART, 1)).hasSize(1);
        bot.awaitIntakeFolder("pdbot-needs-info", 1);
        bot.awaitIntakeFolder("pdbot-processed", 1);
    }

    @Test
    void sameMailDeliveredTwiceIsSentOnce() throws Exception {
        byte[] mail = aCaseMail().bytes();
        bot.sendToInbox("paralegal@clinic.test", mail);
        bot.awaitInbox(STEWART, 1);
        bot.sendToInbox("paralegal@clinic.test", mail);

        bot.awaitIntakeFolder("pdbot-processed", 2);
        Thread.sleep(500);
        assertThat(bot.inbox(STEWART)).hasSize(1);
        assertThat(bot.bot().components().requests().all()).hasSize(1);
    }

    private RequestRecord onlyRequest() {
        List<RequestRecord> all = bot.bot().components().requests().all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<MimeMessage> mailToOpla() throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : bot.greenMail().getReceivedMessages()) {
            if (String.join(",", m.getHeader("To") == null ? new String[0] : m.getHeader("To")).contains("ice.dhs.gov")) {
                out.add(m);
            }
        }
        return out;
    }
}
