package org.pdbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.pdbot.app.Bot;
import org.pdbot.config.Settings;

/**
 * The real bot, started the way {@code ./pdbot run} starts it, on its own sandbox with free ports and a
 * fresh data folder: tests talk to it only through SMTP, IMAP folders, the drop folder and the database.
 */
public final class RunningBot implements AutoCloseable {

    public static final String INBOX = "intake@clinic.test";

    private final Bot bot;
    private final Path dataDir;

    private RunningBot(Bot bot, Path dataDir) {
        this.bot = bot;
        this.dataDir = dataDir;
    }

    public static RunningBot start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    public static RunningBot start(Path dataDir, Map<String, String> overrides) throws Exception {
        return start(dataDir, overrides, java.time.Clock.systemDefaultZone());
    }

    /** As {@link #start(Path, Map)}, on a clock the test may move (it dates letters and outgoing mail). */
    public static RunningBot start(Path dataDir, Map<String, String> overrides, java.time.Clock clock) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("pdbot.data-dir", dataDir.toString());
        values.put("pdbot.sandbox.smtp-port", "0");
        values.put("pdbot.sandbox.imap-port", "0");
        values.put("pdbot.intake.poll-delay-ms", "200");
        values.put("pdbot.outbox.poll-ms", "100");
        values.put("pdbot.outbox.first-retry-ms", "200");
        values.put("pdbot.message-id.secret", "test-secret-0123456789abcdef");
        values.put("pdbot.submit.mode", "auto");
        // the health and metrics server on a free port, never the fixed default
        values.put("pdbot.http.port", "0");
        values.putAll(overrides);
        Settings settings = Settings.load(Path.of("config"), Map.of(), values);
        return new RunningBot(Bot.start(settings, clock), dataDir);
    }

    public Bot bot() {
        return bot;
    }

    public GreenMail greenMail() {
        return bot.sandbox().orElseThrow().greenMail();
    }

    public int smtpPort() {
        return bot.sandbox().orElseThrow().smtpPort();
    }

    public Path dropbox() {
        return dataDir.resolve("dropbox");
    }

    /** Sends raw mail bytes to the clinic inbox over SMTP, exactly as given. */
    public void sendToInbox(String from, byte[] raw) throws IOException {
        RawSmtp.send(smtpPort(), from, INBOX, raw);
    }

    public void sendToInbox(String from, Path eml) throws IOException {
        sendToInbox(from, Files.readAllBytes(eml));
    }

    /** The mails in one folder of one mailbox (the sandbox keeps every recipient's mail). */
    public List<MimeMessage> mailbox(String address, String folder) {
        GreenMailUser user = greenMail().getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        MailFolder f = greenMail().getManagers().getImapHostManager().getFolder(user, folder);
        if (f == null) {
            return List.of();
        }
        return Delivered.stored(f).stream().map(StoredMessage::getMimeMessage).toList();
    }

    public List<MimeMessage> inbox(String address) {
        return mailbox(address, "INBOX");
    }

    /** Waits until {@code address}'s inbox holds {@code count} mails, and returns them. */
    public List<MimeMessage> awaitInbox(String address, int count) {
        await(() -> inbox(address).size() >= count, Duration.ofSeconds(20),
                () -> address + " to receive " + count + " mail(s), has " + inbox(address).size());
        return inbox(address);
    }

    /** Waits until the clinic inbox's {@code folder} holds {@code count} mails. */
    public List<MimeMessage> awaitIntakeFolder(String folder, int count) {
        await(() -> mailbox(INBOX, folder).size() >= count, Duration.ofSeconds(20),
                () -> "intake folder " + folder + " to hold " + count + " mail(s), has " + mailbox(INBOX, folder).size());
        return mailbox(INBOX, folder);
    }

    public static void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.getAsBoolean()).as("waited %s for %s", timeout, what.get()).isTrue();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        bot.close();
    }
}
