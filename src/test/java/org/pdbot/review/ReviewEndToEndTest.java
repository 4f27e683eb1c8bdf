package org.pdbot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.StaffReply.aReplyTo;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.cli.PdbotCommand;
import org.pdbot.store.RequestRecord;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/** Review mode, the default: nothing reaches OPLA until the attorney approves the draft. */
class ReviewEndToEndTest {

    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    static final String ATTORNEY = "arivera@clinic.test";

    @TempDir
    Path data;

    RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = RunningBot.start(data, Map.of("pdbot.submit.mode", "review"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void approvedDraftReachesOplaExactlyOnceWithThePacket() throws Exception {
        MimeMessage draft = draftFor(aCaseMail().attachPdf("birth-certificate.pdf").bytes());
        assertThat(draft.getSubject()).startsWith("[pdbot] Approve? Request for prosecutorial discretion – ")
                .contains(" – A201-555-123");
        String text = MailParts.textOf(draft);
        assertThat(text).contains("Nothing has been sent to OPLA").contains("Goes to:   OPLA Atlanta — Stewart")
                .contains("Detention facility 'Stewart Detention Center'").contains("COMPLIANCE CHECK")
                .containsPattern("Draft: DRAFT-[0-9A-F]{8}-[0-9A-F]{4}");
        assertThat(MailParts.attachmentNames(draft)).singleElement().asString()
                .matches("PD-request-([A-Z0-9]+-)+123\\.pdf");   // surname and last digits, not the A-number
        assertThat(bot.inbox(STEWART)).isEmpty();

        byte[] approval = aReplyTo(draft.getMessageID()).saying("APPROVE").quoting(text).bytes();
        bot.sendToInbox(ATTORNEY, approval);
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        assertThat(MailParts.pdfBookmarks(request)).containsExactly("Letter", "Exhibit 1 – birth-certificate.pdf");
        assertThat(MailParts.textOf(request)).contains("A-Number:            A201-555-123").contains("Ref: PDB-");

        bot.sendToInbox(ATTORNEY, aReplyTo(draft.getMessageID()).saying("APPROVE\n\nsending again").quoting(text).bytes());
        bot.awaitIntakeFolder("pdbot-processed", 3);
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).hasSize(1);
    }

    @Test
    void rejectedDraftSendsNothing() throws Exception {
        MimeMessage draft = draftFor(aCaseMail().bytes());
        bot.sendToInbox(ATTORNEY, aReplyTo(draft.getMessageID()).saying("REJECT client withdrew the request")
                .quoting(MailParts.textOf(draft)).bytes());

        awaitStatus("REJECTED");
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).isEmpty();
    }

    @Test
    void correctionsReplyYieldsANewDraftWithTheNewValues() throws Exception {
        MimeMessage first = draftFor(aCaseMail().bytes());
        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID())
                .saying("Next hearing: 06/01/2027 at 1:00 PM\nJudge: Hon. R. Ortiz").attachingPdf("lease.pdf")
                .quoting(MailParts.textOf(first)).bytes());

        MimeMessage second = bot.awaitInbox(ATTORNEY, 2).get(1);
        assertThat(second.getSubject()).endsWith("(draft 2)");
        assertThat(MailParts.textOf(second)).contains("June 1, 2027, at 1:00 p.m.").contains("Immigration Judge R. Ortiz");
        assertThat(MailParts.pdfBookmarks(second)).containsExactly("Letter", "Exhibit 1 – lease.pdf");
        assertThat(bot.inbox(STEWART)).isEmpty();

        // the first draft was replaced: approving it sends nothing, approving the new one sends once
        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).quoting(MailParts.textOf(first)).bytes());
        MimeMessage refusal = bot.awaitInbox(ATTORNEY, 3).get(2);
        assertThat(MailParts.textOf(refusal)).contains("was replaced by a newer draft");
        bot.sendToInbox(ATTORNEY, aReplyTo(second.getMessageID()).quoting(MailParts.textOf(second)).bytes());
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        assertThat(MailParts.textOf(request)).contains("June 1, 2027, at 1:00 p.m.");
    }

    @Test
    void approvalReplayedOntoAnotherDraftSendsNothing() throws Exception {
        MimeMessage lopez = draftFor(aCaseMail().bytes());
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().with("Name", "Jean Baptiste").with("A-Number", "A098-765-432")
                .bytes());
        MimeMessage baptiste = bot.awaitInbox(ATTORNEY, 2).get(1);

        // headers point at Baptiste's draft, but the quoted approval is the one written for Lopez's
        bot.sendToInbox(ATTORNEY, aReplyTo(baptiste.getMessageID()).quoting(MailParts.textOf(lopez)).bytes());
        MimeMessage refusal = bot.awaitInbox(ATTORNEY, 3).get(2);
        assertThat(MailParts.textOf(refusal)).contains("does not quote the draft it approves");
        assertThat(bot.inbox(STEWART)).isEmpty();
    }

    @Test
    void approvalFromOutsideTheClinicSendsNothing() throws Exception {
        MimeMessage draft = draftFor(aCaseMail().bytes());
        bot.sendToInbox("mallory@elsewhere.test", aReplyTo(draft.getMessageID()).from("mallory@elsewhere.test")
                .quoting(MailParts.textOf(draft)).bytes());

        bot.awaitIntakeFolder("pdbot-quarantine", 1);
        Thread.sleep(500);
        assertThat(bot.inbox(STEWART)).isEmpty();
        assertThat(onlyRequest().status()).isEqualTo("DRAFT");
    }

    @Test
    void sameCaseByMailAndByDropFolderYieldsOneDraft() throws Exception {
        draftFor(aCaseMail().bytes());
        Path tmp = Files.createTempFile(bot.dropbox(), ".incoming", ".tmp");
        Files.writeString(tmp, """
                {"name": "Maria Elena Lopez", "aNumber": "A201555123", "court": "Stewart", "detained": true,
                 "pdTypes": ["DISMISS", "ADMIN_CLOSE"], "reasons": "Seventeen years in Georgia with her two children.",
                 "criminalHistory": "None", "attorney": {"name": "Ana Rivera", "email": "arivera@clinic.test"}}
                """);
        Files.move(tmp, bot.dropbox().resolve("lopez.json"));

        RunningBot.await(() -> Files.exists(bot.dropbox().resolve("done")), Duration.ofSeconds(10), () -> "file done");
        Thread.sleep(700);
        assertThat(bot.bot().components().requests().all()).hasSize(1);
        assertThat(bot.inbox(ATTORNEY)).hasSize(1);
    }

    @Test
    void consoleApprovalSendsOnce() throws Exception {
        draftFor(aCaseMail().bytes());
        long id = onlyRequest().id();
        Path config = Files.createTempDirectory(data, "config");
        Files.writeString(config.resolve("application.properties"),
                Files.readString(Path.of("config/application.properties")) + "\npdbot.data-dir=" + data + "\n");

        assertThat(PdbotCommand.run("--config", config.toString(), "approve", String.valueOf(id))).isZero();
        assertThat(bot.awaitInbox(STEWART, 1)).hasSize(1);
        assertThat(PdbotCommand.run("--config", config.toString(), "approve", String.valueOf(id))).isEqualTo(1);
        Thread.sleep(500);
        assertThat(bot.inbox(STEWART)).hasSize(1);
    }

    private MimeMessage draftFor(byte[] caseMail) throws Exception {
        bot.sendToInbox("paralegal@clinic.test", caseMail);
        List<MimeMessage> toAttorney = bot.awaitInbox(ATTORNEY, 1);
        return toAttorney.get(0);
    }

    private void awaitStatus(String status) {
        RunningBot.await(() -> status.equals(onlyRequest().status()), Duration.ofSeconds(15),
                () -> "request " + status + ", is " + onlyRequest().status());
    }

    private RequestRecord onlyRequest() {
        List<RequestRecord> all = bot.bot().components().requests().all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
