package org.pdbot.security;

import org.pdbot.testing.Delivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.util.SharedFileInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.sandbox.Sandbox;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RawSmtp;
import org.pdbot.testing.RunningBot;

/**
 * A 100 MB attachment, over pdbot.intake.max-attachment-mb (25), is reported to the sender, not attached. The
 * proof that it is streamed rather than held in memory: the bot runs as its own process ({@code pdbot run})
 * with a heap of {@value #HEAP_MB} MB, which cannot hold the attachment even once, and dies at the first
 * OutOfMemoryError. It answers the sender, stays up, and sends the next case.
 */
class OversizedAttachmentIsStreamedTest {

    static final int HEAP_MB = 96;
    static final int ATTACHMENT_MB = 100;
    static final String INBOX = RunningBot.INBOX;

    @TempDir
    Path root;

    @Test
    void hundredMegabyteAttachmentIsReportedToTheSenderByABotWhoseHeapCannotHoldIt() throws Exception {
        try (Sandbox mail = Sandbox.start(0, 0, INBOX, "intake")) {
            Path log = root.resolve("bot.log");
            Process bot = startBot(mail, root.resolve("data"), log);
            try {
                deliverHugeMail(mail, root);
                MimeMessage answer = await(mail, "paralegal@clinic.test", 1, bot, log).get(0);
                assertThat(MailParts.textOf(answer))
                        .contains("Attachment 'evidence.pdf' is " + ATTACHMENT_MB + " MB, over the 25 MB limit");
                assertThat(inbox(mail, HostileBot.STEWART)).isEmpty();
                assertThat(bot.isAlive()).as("the bot is still running").isTrue();

                RawSmtp.send(mail.smtpPort(), "paralegal@clinic.test", INBOX,
                        aCaseMail().with("A-Number", "A304-000-002").bytes());
                assertThat(await(mail, HostileBot.STEWART, 1, bot, log).get(0).getSubject()).contains("A304-000-002");
                assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
            } finally {
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                    bot.destroyForcibly();
                }
            }
        }
    }

    /** {@code pdbot run} in a JVM of its own, against the sandbox of this test, configured the way a clinic does. */
    private static Process startBot(Sandbox mail, Path dataDir, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "org.pdbot.cli.PdbotCommand", "run");
        pb.environment().putAll(Map.of(
                "PDBOT_DATA_DIR", dataDir.toString(),
                "PDBOT_IMAP_HOST", Sandbox.HOST, "PDBOT_IMAP_PORT", String.valueOf(mail.imapPort()),
                "PDBOT_IMAP_USERNAME", INBOX, "PDBOT_IMAP_PASSWORD", "intake",
                "PDBOT_SMTP_HOST", Sandbox.HOST, "PDBOT_SMTP_PORT", String.valueOf(mail.smtpPort()),
                "PDBOT_MAIL_SECURITY", "none", "PDBOT_SUBMIT_MODE", "auto",
                "PDBOT_INTAKE_POLL_DELAY_MS", "200"));
        pb.environment().put("PDBOT_OUTBOX_POLL_MS", "100");
        pb.environment().put("PDBOT_MESSAGE_ID_SECRET", "test-secret-0123456789abcdef");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /**
     * Writes the mail to a file as it is made (the case, then a PDF of 100 MB in base64: 137 MB), and puts it in
     * the clinic inbox the way the mail server stores what it received; GreenMail's SMTP would take longer.
     */
    private static void deliverHugeMail(Sandbox mail, Path dir) throws Exception {
        Path eml = dir.resolve("huge.eml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(eml), 1 << 16)) {
            String head = BigMail.headers("Huge evidence", "<huge-100mb@clinic.test>")
                    + "Content-Type: multipart/mixed; boundary=\"huge\"\r\n\r\n--huge\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + BigMail.caseText("A304-000-001").replace("\n", "\r\n") + "\r\n--huge\r\n"
                    + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                    + "Content-Disposition: attachment; filename=\"evidence.pdf\"\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[57 * 1024];
            byte[] pdfStart = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(pdfStart, 0, chunk, 0, pdfStart.length);
            Base64.Encoder base64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));
            long total = ATTACHMENT_MB * 1024L * 1024L;
            for (long written = 0; written < total; written += chunk.length) {
                int n = (int) Math.min(chunk.length, total - written);
                out.write(base64.encode(n == chunk.length ? chunk : Arrays.copyOf(chunk, n)));
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                Arrays.fill(chunk, 0, pdfStart.length, (byte) 0);
            }
            out.write("--huge--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        GreenMailUser user = mail.greenMail().getUserManager().getUserByEmail(INBOX);
        try (SharedFileInputStream in = new SharedFileInputStream(eml.toFile())) {
            mail.greenMail().getManagers().getImapHostManager().getInbox(user)
                    .appendMessage(new MimeMessage(Session.getInstance(new Properties()), in), new Flags(), new Date());
        }
    }

    private static List<MimeMessage> await(Sandbox mail, String address, int count, Process bot, Path log) {
        RunningBot.await(() -> inbox(mail, address).size() >= count || !bot.isAlive(), Duration.ofSeconds(240),
                () -> address + " to receive " + count + " mail(s); the bot's log:\n" + tail(log));
        assertThat(bot.isAlive()).as("the bot is running; its log:\n%s", tail(log)).isTrue();
        return inbox(mail, address);
    }

    private static List<MimeMessage> inbox(Sandbox mail, String address) {
        GreenMailUser user = mail.greenMail().getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        var folder = mail.greenMail().getManagers().getImapHostManager().getFolder(user, "INBOX");
        return folder == null ? List.of() : Delivered.stored(folder).stream().map(StoredMessage::getMimeMessage).toList();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
