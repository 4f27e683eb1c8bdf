package org.pdbot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.StaffReply.aReplyTo;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.RequestRecord;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.MutableClock;
import org.pdbot.testing.RunningBot;

/**
 * A request is dated when it is sent: an approval makes it again with that day's date and runs the compliance
 * check again, and sends only when nothing but the date differs from the draft the attorney approved.
 */
class ApprovalDateEndToEndTest {

    static final String STEWART = ReviewEndToEndTest.STEWART;
    static final String ATTORNEY = ReviewEndToEndTest.ATTORNEY;
    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    @TempDir
    Path data;

    MutableClock clock;
    RunningBot bot;

    @TempDir
    Path templates;

    @BeforeEach
    void start() throws Exception {
        Path shipped = Path.of("templates");
        try (var files = Files.walk(shipped)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(shipped.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        clock = new MutableClock(Instant.now());
        bot = RunningBot.start(data, Map.of("pdbot.submit.mode", "review", "pdbot.templates-dir", templates.toString()),
                clock);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void approvalOnALaterDaySendsALetterDatedThatDayInAMailDatedWhenSent() throws Exception {
        LocalDate draftDay = LocalDate.now(clock);
        MimeMessage draft = draftFor(aCaseMail().bytes());
        assertThat(MailParts.textOf(draft)).contains(WRITTEN.format(draftDay));

        clock.advance(Duration.ofDays(3).plusHours(2));
        LocalDate approvalDay = LocalDate.now(clock);
        bot.sendToInbox(ATTORNEY, aReplyTo(draft.getMessageID()).quoting(MailParts.textOf(draft)).bytes());
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);

        String letter = pdfText(request);
        assertThat(letter).contains(WRITTEN.format(approvalDay)).doesNotContain(WRITTEN.format(draftDay));
        assertThat(request.getSentDate().toInstant()).isBetween(clock.instant().minusSeconds(60),
                clock.instant().plusSeconds(1));
        assertThat(Duration.between(draft.getSentDate().toInstant(), request.getSentDate().toInstant()))
                .isGreaterThan(Duration.ofDays(3));
        awaitStatus("SENT");
    }

    @Test
    void approvalAfterTheHearingPassedMakesANewDraftSayingWhyAndSendsNothing() throws Exception {
        LocalDate hearing = LocalDate.now(clock).plusDays(5);
        MimeMessage first = draftFor(aCaseMail().with("Next hearing", TYPED.format(hearing) + " at 9:00 AM (master)")
                .bytes());

        clock.advance(Duration.ofDays(8));
        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).quoting(MailParts.textOf(first)).bytes());
        MimeMessage second = bot.awaitInbox(ATTORNEY, 2).get(1);

        assertThat(second.getSubject()).contains("NOT SENT").endsWith("(draft 2)");
        String why = MailParts.textOf(second);
        assertThat(why).contains("NOT SENT: draft 1 was approved by " + ATTORNEY)
                .contains("Now blocking: The next hearing date, " + WRITTEN.format(hearing) + ", is in the past")
                .contains("dated " + WRITTEN.format(LocalDate.now(clock)));
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).isEmpty();
        assertThat(onlyRequest().status()).isEqualTo("DRAFT");

        // the approved draft was replaced; the new one cannot be sent until the hearing is corrected
        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).quoting(MailParts.textOf(first)).bytes());
        assertThat(MailParts.textOf(bot.awaitInbox(ATTORNEY, 3).get(2))).contains("was replaced by a newer draft");
        bot.sendToInbox(ATTORNEY, aReplyTo(second.getMessageID()).quoting(why).bytes());
        assertThat(MailParts.textOf(bot.awaitInbox(ATTORNEY, 4).get(3))).contains("Nothing was sent to OPLA")
                .contains("is in the past");
        assertThat(bot.inbox(STEWART)).isEmpty();

        LocalDate moved = LocalDate.now(clock).plusDays(60);
        bot.sendToInbox(ATTORNEY, aReplyTo(second.getMessageID())
                .saying("Next hearing: " + TYPED.format(moved) + " at 9:00 AM (master)").quoting(why).bytes());
        MimeMessage third = bot.awaitInbox(ATTORNEY, 5).get(4);
        assertThat(third.getSubject()).startsWith("[pdbot] Approve?").endsWith("(draft 3)");
        bot.sendToInbox(ATTORNEY, aReplyTo(third.getMessageID()).quoting(MailParts.textOf(third)).bytes());
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        assertThat(pdfText(request)).contains(WRITTEN.format(LocalDate.now(clock)))
                .doesNotContain(WRITTEN.format(hearing)).doesNotContain(TYPED.format(hearing));
    }

    @Test
    void consoleApprovalAfterTheHearingPassedSaysWhyAndSendsNothing() throws Exception {
        LocalDate hearing = LocalDate.now(clock).plusDays(5);
        draftFor(aCaseMail().with("Next hearing", TYPED.format(hearing) + " at 9:00 AM (master)").bytes());
        long id = onlyRequest().id();

        clock.advance(Duration.ofDays(6));
        String answer = bot.bot().components().review().approve(id, "console:tester");

        assertThat(answer).startsWith("Request #" + id + " NOT sent").contains("is in the past")
                .contains("Draft 2 went to " + ATTORNEY);
        MimeMessage second = bot.awaitInbox(ATTORNEY, 2).get(1);
        assertThat(MailParts.textOf(second)).contains("NOT SENT: draft 1 was approved by console:tester");
        assertThat(bot.bot().components().review().approve(id, "console:tester")).startsWith("Request #" + id
                + " NOT sent: it cannot be sent as it stands today");
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).isEmpty();
        assertThat(bot.inbox(ATTORNEY)).hasSize(2);
    }

    @Test
    void approvalAfterTheLetterTemplateChangedMakesANewDraftQuotingTheChange() throws Exception {
        MimeMessage first = draftFor(aCaseMail().bytes());
        Path letter = templates.resolve("letter.html.ftlh");
        Files.writeString(letter, Files.readString(letter).replace("<p class=\"ref\">",
                "<p>Written after the draft was approved.</p>\n<p class=\"ref\">"));
        Thread.sleep(2_100); // the templates are looked at again after 2 s

        clock.advance(Duration.ofDays(1));
        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).quoting(MailParts.textOf(first)).bytes());
        MimeMessage second = bot.awaitInbox(ATTORNEY, 2).get(1);

        assertThat(MailParts.textOf(second)).contains("NOT SENT: draft 1")
                .contains("The letter's text would change").contains("Written after the draft was approved.")
                .contains("Approve this draft to send it.");
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).isEmpty();
        bot.sendToInbox(ATTORNEY, aReplyTo(second.getMessageID()).quoting(MailParts.textOf(second)).bytes());
        assertThat(bot.awaitInbox(STEWART, 1)).hasSize(1);
    }

    @Test
    void approvalOnTheSameDaySendsOnceAndAgainSendsNothing() throws Exception {
        MimeMessage draft = draftFor(aCaseMail().bytes());
        long id = onlyRequest().id();

        assertThat(bot.bot().components().review().approve(id, "console:tester")).startsWith("Request #" + id
                + " approved");
        bot.sendToInbox(ATTORNEY, aReplyTo(draft.getMessageID()).quoting(MailParts.textOf(draft)).bytes());
        bot.awaitIntakeFolder("pdbot-processed", 2);
        Thread.sleep(700);
        assertThat(bot.inbox(STEWART)).hasSize(1);
        assertThat(pdfText(bot.inbox(STEWART).get(0))).contains(WRITTEN.format(LocalDate.now(clock)));
    }

    private MimeMessage draftFor(byte[] caseMail) throws Exception {
        bot.sendToInbox("paralegal@clinic.test", caseMail);
        return bot.awaitInbox(ATTORNEY, 1).get(0);
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

    /** The text of the first PDF attached to the mail. */
    static String pdfText(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String t = pdfText(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (!part.isMimeType("application/pdf")) {
            return null;
        }
        try (var in = part.getInputStream(); var pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
