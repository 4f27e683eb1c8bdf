package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.Delivered;
import org.pdbot.testing.RunningBot;

/**
 * The real bot (auto mode, its own sandbox) as the hostile-input tests use it: deliver an input by SMTP or by
 * the drop folder, wait for the one outcome pdbot gives it, and look at exactly what went out.
 */
final class HostileBot implements AutoCloseable {

    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    static final String SENDER = "paralegal@clinic.test";
    static final String ATTORNEY = "arivera@clinic.test";
    static final Path MAIL_CORPUS = Path.of("src/test/resources/hostile/mail");
    static final Path FILE_CORPUS = Path.of("src/test/resources/hostile/files");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final RunningBot bot;
    private final Path dataDir;

    private HostileBot(RunningBot bot, Path dataDir) {
        this.bot = bot;
        this.dataDir = dataDir;
    }

    static HostileBot start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    static HostileBot start(Path dataDir, Map<String, String> overrides) throws Exception {
        return new HostileBot(RunningBot.start(dataDir, overrides), dataDir);
    }

    RunningBot running() {
        return bot;
    }

    Path dataDir() {
        return dataDir;
    }

    Path dropbox() {
        return bot.dropbox();
    }

    /** Delivers a corpus mail over SMTP, byte for byte. */
    void send(String corpusFile) throws IOException {
        bot.sendToInbox(SENDER, MAIL_CORPUS.resolve(corpusFile));
    }

    void send(byte[] raw) throws IOException {
        bot.sendToInbox(SENDER, raw);
    }

    /** Puts a file in the drop folder the way an export does: written elsewhere, then moved in. */
    void drop(String name, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(dropbox(), ".incoming", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, dropbox().resolve(name));
    }

    void dropCorpusFile(String corpusFile) throws IOException {
        drop(corpusFile, Files.readAllBytes(FILE_CORPUS.resolve(corpusFile)));
    }

    /** Sends a corpus mail and returns its intake once pdbot has given it an outcome. */
    IntakeRecord deliver(String corpusFile) throws IOException {
        return next(() -> send(corpusFile), corpusFile);
    }

    IntakeRecord deliver(byte[] raw, String what) throws IOException {
        return next(() -> send(raw), what);
    }

    /** Drops a file and returns its intake once pdbot has given it an outcome. */
    IntakeRecord deliverFile(String name, byte[] content) throws IOException {
        return next(() -> drop(name, content), name);
    }

    /** Any other way of putting something in the drop folder (a symbolic link...). */
    IntakeRecord deliverFile(Delivery delivery, String what) throws IOException {
        return next(delivery, what);
    }

    IntakeRecord deliverCorpusFile(String corpusFile) throws IOException {
        return next(() -> dropCorpusFile(corpusFile), corpusFile);
    }

    interface Delivery {
        void run() throws IOException;
    }


    /** One input at a time: the intake it makes is the next one in the database. */
    private IntakeRecord next(Delivery delivery, String what) throws IOException {
        int before = intakes().size();
        delivery.run();
        RunningBot.await(() -> intakes().size() > before && intakes().get(before).outcome() != null, WAIT,
                () -> "an outcome for " + what);
        return intakes().get(before);
    }

    /** Waits for the intake that matches and has its outcome. */
    IntakeRecord awaitIntake(Predicate<IntakeRecord> which, String what) {
        RunningBot.await(() -> find(which).filter(i -> i.outcome() != null).isPresent(), WAIT,
                () -> "an outcome for " + what + "; intakes: " + intakes().stream()
                        .map(i -> i.id() + ":" + i.subject() + "=" + i.outcome()).toList());
        return find(which).orElseThrow();
    }

    IntakeRecord awaitIntakeWithMessageId(String messageId) {
        return awaitIntake(i -> messageId.equals(i.messageId()), messageId);
    }

    IntakeRecord awaitIntakeWithSubject(String subject) {
        return awaitIntake(i -> subject.equals(i.subject()), subject);
    }

    List<IntakeRecord> intakes() {
        return bot.bot().components().intakes().all();
    }

    private Optional<IntakeRecord> find(Predicate<IntakeRecord> which) {
        return intakes().stream().filter(which).findFirst();
    }

    /** Every mail the sandbox received for {@code address}, whatever folder it is in. */
    List<MimeMessage> inbox(String address) {
        return bot.inbox(address);
    }

    /** The requests OPLA Stewart received whose subject names {@code aNumber}. */
    List<MimeMessage> requestsFor(String aNumber) {
        return inbox(STEWART).stream().filter(m -> subject(m).contains(aNumber)).toList();
    }

    MimeMessage awaitRequestFor(String aNumber) {
        RunningBot.await(() -> !requestsFor(aNumber).isEmpty(), WAIT, () -> "a request for " + aNumber);
        return requestsFor(aNumber).get(0);
    }

    /** pdbot's answers to the sender that reply to {@code messageId}. */
    List<MimeMessage> repliesTo(String messageId) {
        return inbox(SENDER).stream().filter(m -> header(m, "In-Reply-To").contains(messageId)).toList();
    }

    MimeMessage awaitReplyTo(String messageId) {
        RunningBot.await(() -> !repliesTo(messageId).isEmpty(), WAIT, () -> "an answer to " + messageId);
        return repliesTo(messageId).get(0);
    }

    /** All mail the sandbox delivered (without pdbot's archive copies), for "nobody else got anything" checks. */
    List<MimeMessage> everything() {
        return Delivered.everywhere(bot.greenMail(), RunningBot.INBOX);
    }

    /** The addresses the sandbox delivered anything to (SMTP envelope recipients with a mailbox). */
    List<String> mailboxesWithMail() {
        List<String> out = new ArrayList<>();
        for (var user : bot.greenMail().getUserManager().listUser()) {
            if (!bot.inbox(user.getEmail()).isEmpty()) {
                out.add(user.getEmail());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Files anywhere under {@code root} (links not followed). */
    static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !Files.isDirectory(p)).toList();
        }
    }

    static String raw(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header block of a received mail exactly as it was transmitted. */
    static String rawHeaders(MimeMessage m) {
        String raw = raw(m);
        int end = raw.indexOf("\r\n\r\n");
        return end < 0 ? raw : raw.substring(0, end + 2);
    }

    static List<String> headerNames(MimeMessage m) throws Exception {
        List<String> names = new ArrayList<>();
        for (Header h : Collections.list(m.getAllHeaders())) {
            names.add(h.getName());
        }
        return names;
    }

    static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? "" : String.join(" ", values);
        } catch (Exception e) {
            return "";
        }
    }

    /** No header line pdbot did not write, and no recipient but those pdbot chose. */
    static void assertNoInjectedHeaders(MimeMessage outgoing) throws Exception {
        assertThat(rawHeaders(outgoing)).doesNotContainPattern("(?im)^(Bcc|X-Injected|Content-Type: text/html)");
        assertThat(outgoing.getAllRecipients()).extracting(Object::toString).noneMatch(a -> a.contains("evil"));
        assertThat(header(outgoing, "Bcc") + header(outgoing, "Reply-To") + header(outgoing, "Sender")).isEmpty();
    }

    @Override
    public void close() {
        bot.close();
    }
}
