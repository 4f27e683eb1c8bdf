package org.pdbot.fault;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pdbot.testing.MailServer;

/**
 * Crash safety: the real bot, as its own process, takes in a mixed backlog while it is killed with SIGKILL
 * at random moments (starting, polling, parsing, rendering, sending, recording) and restarted, again and
 * again. After a last clean run every intake has exactly one outcome, every intake mail sits in exactly one
 * outcome folder, and no mailbox holds any mail twice. A send cut short is settled by evidence: its archive copy
 * (Bcc to the clinic inbox, on every mail) found means SENT, none after the grace period means it is sent again;
 * none is left POSSIBLY_SENT for a person. Replay a failure with {@code -Dpdbot.fault.seed=N}.
 */
class CrashSafetyIT {

    static final List<String> OUTCOME_FOLDERS = List.of("pdbot-processed", "pdbot-needs-info", "pdbot-quarantine",
            "pdbot-replies", "pdbot-unmatched");
    static final Pattern A_NUMBER = Pattern.compile("A\\d{3}-\\d{3}-\\d{3}");

    @Test
    void killedAtRandomAndRestartedEveryIntakeEndsOnceAndNothingIsSentTwice() throws Exception {
        long seed = Long.getLong("pdbot.fault.seed", System.currentTimeMillis());
        int kills = Integer.getInteger("pdbot.fault.kills", 22);
        System.out.println("[fault] seed " + seed + " (replay with -Dpdbot.fault.seed=" + seed + "), kills " + kills);
        Random random = new Random(seed);
        Backlog backlog = Backlog.make(random, Integer.getInteger("pdbot.fault.mails", 44), 6);
        Path work = Path.of("target", "fault", "crash-" + seed);
        deleteTree(work);
        Files.createDirectories(work);
        Path data = work.resolve("data");
        Path dropbox = data.resolve("dropbox");
        Files.createDirectories(dropbox);

        try (MailServer mail = MailServer.start(); TcpProxy slowSmtp = new TcpProxy(mail.smtpPort())) {
            // SMTP replies come slowly, so that kills also land between the server taking a mail and pdbot
            // recording it as sent
            slowSmtp.replyDelay(60);
            Map<String, String> settings = settings(mail, data);
            settings.put("pdbot.smtp.port", String.valueOf(slowSmtp.port()));
            List<Runnable> feed = feedSchedule(backlog, mail, dropbox, random);
            int fed = 0;
            int killedWhileRunning = 0;
            for (int i = 0; i < kills; i++) {
                if (fed < feed.size()) {
                    feed.get(fed++).run();
                }
                BotProcess bot = BotProcess.start(settings, work.resolve("bot.log"));
                // some kills land while the JVM starts, the schema is migrated and the routes start; the others
                // while it polls, parses, renders, sends and records
                boolean duringStart = i == 0 || random.nextInt(5) == 0;
                long delay = duringStart ? 100 + random.nextInt(3000) : random.nextInt(4000);
                if (!duringStart && !bot.awaitStarted(60_000)) {
                    bot.kill();
                    throw new AssertionError("bot did not start:\n" + bot.logTail(60) + "\n\nthe starts before it:\n"
                            + startHistory(work.resolve("bot.log")));
                }
                Thread.sleep(delay);
                if (fed < feed.size() && random.nextBoolean()) {
                    feed.get(fed++).run();
                    Thread.sleep(random.nextInt(400));
                }
                boolean wasAlive = bot.alive();
                int status = bot.kill();
                assertThat(wasAlive).as("bot still running before kill %d:%n%s", i, bot.logTail(40)).isTrue();
                assertThat(status).as("SIGKILL ends the JVM with 128+9").isEqualTo(137);
                killedWhileRunning++;
                appendMarker(work.resolve("bot.log"), "---- SIGKILL " + (i + 1) + (duringStart ? " while starting, " : " ") + delay + " ms after start ----");
            }
            while (fed < feed.size()) {
                feed.get(fed++).run();
            }

            BotProcess last = BotProcess.start(settings, work.resolve("bot.log"));
            // the bot must own its database before the test reads it through the bot's server (AUTO_SERVER): a
            // reader opening the file while the bot starts can make the bot's own open fail ("Lock file recently
            // modified"), which a clinic's `pdbot status` never does, since the bot is already running then
            assertThat(last.awaitStarted(120_000)).as("the last bot starts:%n%s%n%nthe starts before it:%n%s",
                    last.logTail(60), startHistory(work.resolve("bot.log"))).isTrue();
            BotDb db = new BotDb(data);
            int expectedIntakes = backlog.mails.size() + backlog.files.size();
            try {
                // in this order: the archive copy of the last mail sent reaches the inbox before the outbox counts
                // as drained (same SMTP transaction), so an empty inbox seen after that holds no copy left unfiled
                await(() -> db.count("select count(*) from intake where outcome is not null and outcome <> 'OWN_NOTICE'") >= expectedIntakes
                        && db.count("select count(*) from outbox where status in ('PENDING', 'SENDING')"
                                + " or (status = 'POSSIBLY_SENT' and notified_at is null)") == 0
                        && mail.live(MailServer.INBOX, "INBOX").isEmpty() && dropFolderEmpty(dropbox), last,
                        () -> "every intake to end, the outbox to drain, every interrupted send to be settled and the"
                                + " inbox and drop folder to be empty; " + mail.describe(MailServer.INBOX, "INBOX"));
            } finally {
                assertThat(last.stop()).as("clean stop").isNotEqualTo(137);
            }
            appendMarker(work.resolve("bot.log"), "---- stopped cleanly ----");

            verify(backlog, mail, db, dropbox, killedWhileRunning);
        }
    }

    private void verify(Backlog backlog, MailServer mail, BotDb db, Path dropbox, int kills) throws Exception {
        // every intake exactly once in the database, with the outcome its kind calls for
        // pdbot's own notices delivered to the clinic inbox (e.g. about an answer left POSSIBLY_SENT) are no backlog
        List<Map<String, Object>> intakes = db.rows("select id, message_id, subject, outcome from intake "
                + "where outcome is null or outcome <> 'OWN_NOTICE' order by id");
        assertThat(intakes).hasSize(backlog.mails.size() + backlog.files.size());
        assertThat(intakes).allSatisfy(i -> assertThat(i.get("outcome")).as("outcome of %s", i).isNotNull());
        Map<String, String> outcomeByMessageId = intakes.stream().filter(i -> i.get("message_id") != null)
                .collect(Collectors.toMap(i -> (String) i.get("message_id"), i -> (String) i.get("outcome")));
        Map<String, String> outcomeBySubject = intakes.stream().filter(i -> i.get("message_id") == null)
                .collect(Collectors.toMap(i -> (String) i.get("subject"), i -> (String) i.get("outcome")));
        for (Backlog.Mail m : backlog.mails) {
            assertThat(outcomeByMessageId.get(m.messageId())).as("outcome of %s (%s)", m.messageId(), m.kind())
                    .isEqualTo(m.kind().outcome);
        }
        for (Backlog.CaseFileDrop f : backlog.files) {
            assertThat(outcomeBySubject.get(f.name())).as("outcome of %s", f.name()).isEqualTo(f.kind().outcome);
        }

        // the inbox is empty and each intake mail is filed in exactly one folder, the one for its outcome
        assertThat(mail.live(MailServer.INBOX, "INBOX")).as("unfiled intake mail").isEmpty();
        Map<String, List<String>> foldersOf = new HashMap<>();
        for (String folder : OUTCOME_FOLDERS) {
            for (MimeMessage m : mail.live(MailServer.INBOX, folder)) {
                foldersOf.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(folder);
            }
        }
        for (Backlog.Mail m : backlog.mails) {
            assertThat(foldersOf.get(m.messageId())).as("folders holding %s", m.messageId())
                    .containsExactly(m.kind().mailFolder);
        }
        // each dropped file in exactly one of done/ and failed/, nothing left behind
        for (Backlog.CaseFileDrop f : backlog.files) {
            assertThat(filed(dropbox, f.name())).as("where %s was filed", f.name()).containsExactly(f.kind().fileFolder);
        }

        // one request per complete case, each delivered exactly once or flagged
        List<Map<String, Object>> requests = db.rows("select id, a_number, office_address, message_id, status from pd_request");
        assertThat(requests).hasSize((int) backlog.count(Backlog.Kind.COMPLETE));
        assertThat(requests).allSatisfy(r -> assertThat(r.get("status")).as("request %s", r.get("id"))
                .isIn("SENT", "POSSIBLY_SENT"));
        int delivered = 0;
        for (Map<String, Object> r : requests) {
            long copies = mail.live((String) r.get("office_address"), "INBOX").stream()
                    .filter(m -> r.get("message_id").equals(messageId(m))).count();
            if (r.get("status").equals("SENT")) {
                assertThat(copies).as("copies of SENT request %s at its office; its outbox row %s and its events:%n%s",
                        r.get("id"), db.rows("select id, status, attempts, resends, sending_at, sent_at, last_error,"
                                + " resolved_by from outbox where message_id = '" + r.get("message_id") + "'"),
                        String.join("\n", db.rows("select at, kind, detail from event where request_id = " + r.get("id")
                                + " order by id").stream().map(Object::toString).toList())).isEqualTo(1);
            } else {
                assertThat(copies).as("copies of POSSIBLY_SENT request %s", r.get("id")).isLessThanOrEqualTo(1);
            }
            delivered += (int) copies;
        }

        // no mailbox (OPLA offices, attorneys' copies, staff answered) holds any mail twice
        int officeDuplicates = 0;
        int aNumberDuplicates = 0;
        for (String box : mail.otherMailboxes()) {
            List<MimeMessage> inbox = mail.live(box, "INBOX");
            Map<String, Long> byId = inbox.stream().collect(Collectors.groupingBy(CrashSafetyIT::messageId,
                    Collectors.counting()));
            officeDuplicates += byId.values().stream().filter(n -> n > 1).count();
            if (box.startsWith("ICE-OPLA-")) {
                Map<String, Long> byANumber = inbox.stream().map(CrashSafetyIT::aNumberOf)
                        .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
                aNumberDuplicates += byANumber.values().stream().filter(n -> n > 1).count();
            }
        }
        // one answer per incomplete mail, in its thread
        List<MimeMessage> answers = mail.live("paralegal@clinic.test", "INBOX");
        Map<String, Long> answersByThread = answers.stream().collect(Collectors.groupingBy(
                m -> header(m, "In-Reply-To"), Collectors.counting()));
        long needsInfoMails = backlog.mails.stream().filter(m -> m.kind() == Backlog.Kind.INCOMPLETE).count();
        List<Map<String, Object>> needsInfoRows = db.rows("select status from outbox where kind = 'NEEDS_INFO'");
        assertThat(needsInfoRows).hasSize((int) needsInfoMails);
        long possiblySent = db.count("select count(*) from outbox where status = 'POSSIBLY_SENT'");
        long possiblySentRequests = db.count("select count(*) from pd_request where status = 'POSSIBLY_SENT'");
        long failed = db.count("select count(*) from outbox where status = 'FAILED'");
        long interrupted = db.count("select count(*) from event where kind = 'POSSIBLY_SENT'");
        long byEvidence = db.count("select count(*) from event where kind = 'SENT_BY_EVIDENCE'");
        long resent = db.count("select count(*) from event where kind = 'RESENT'");
        long toldAPerson = db.count("select count(*) from event where kind = 'POSSIBLY_SENT_NOTICE'");
        long requestsLeft = db.count("select count(*) from outbox where status = 'POSSIBLY_SENT' and kind = 'REQUEST'");

        System.out.printf("[fault] kills %d; intakes %d (mail %d, files %d); outcomes %s%n", kills, intakes.size(),
                backlog.mails.size(), backlog.files.size(), intakes.stream().collect(Collectors.groupingBy(
                        i -> (String) i.get("outcome"), java.util.TreeMap::new, Collectors.counting())));
        System.out.printf("[fault] requests %d, delivered %d; needs-info answers %d of %d; duplicates by Message-ID %d,"
                        + " by A-number %d, answers twice %d; POSSIBLY_SENT %d (requests %d); FAILED %d%n",
                requests.size(), delivered, answers.size(), needsInfoMails, officeDuplicates, aNumberDuplicates,
                answersByThread.values().stream().filter(n -> n > 1).count(), possiblySent, possiblySentRequests, failed);

        System.out.printf("[fault] interrupted sends %d: SENT by evidence %d, re-sent after the grace period %d,"
                        + " still POSSIBLY_SENT %d (requests %d; a person told %d)%n", interrupted, byEvidence, resent,
                possiblySent, requestsLeft, toldAPerson);

        assertThat(officeDuplicates).as("mails delivered twice").isZero();
        // every mail carries an archive copy: found, it is SENT; missing after the grace period, it is sent again
        assertThat(possiblySent).as("mails left POSSIBLY_SENT for a person").isZero();
        assertThat(possiblySentRequests).as("PD requests left POSSIBLY_SENT").isZero();
        assertThat(toldAPerson).as("people told about a send in doubt: %s", db.rows("select at, request_id, detail"
                + " from event where kind = 'POSSIBLY_SENT_NOTICE'")).isZero();
        assertThat(byEvidence + resent).as("every interrupted send settled once").isEqualTo(interrupted);
        assertThat(aNumberDuplicates).as("requests for one A-number delivered twice").isZero();
        assertThat(answersByThread.values()).as("answers per incomplete mail").allMatch(n -> n == 1);
        assertThat(failed).as("failed sends").isZero();
        // a send can only be cut short by a kill, and each kill cuts short at most one send
        assertThat(possiblySent).as("POSSIBLY_SENT mails").isLessThanOrEqualTo(kills);
        assertThat(answers.size() + possiblySent).isGreaterThanOrEqualTo(needsInfoMails);
    }

    /** The feed: one step before each start, in order: mail in chunks, drop files atomically or slowly. */
    private static List<Runnable> feedSchedule(Backlog backlog, MailServer mail, Path dropbox, Random random) {
        List<Runnable> steps = new ArrayList<>();
        List<Backlog.Mail> mails = backlog.mails;
        int first = mails.size() / 2;
        steps.add(() -> mails.subList(0, first).forEach(m -> mail.deliverToInbox(m.raw())));
        int chunk = Math.max(1, (mails.size() - first) / 5);
        int f = 0;
        for (int from = first; from < mails.size(); from += chunk) {
            List<Backlog.Mail> part = mails.subList(from, Math.min(mails.size(), from + chunk));
            steps.add(() -> part.forEach(m -> mail.deliverToInbox(m.raw())));
            if (f < backlog.files.size()) {
                steps.add(dropStep(dropbox, backlog.files.get(f), f % 2 == 1));
                f++;
            }
        }
        for (; f < backlog.files.size(); f++) {
            steps.add(dropStep(dropbox, backlog.files.get(f), f % 2 == 1));
        }
        return steps;
    }

    private static Runnable dropStep(Path dropbox, Backlog.CaseFileDrop file, boolean slowly) {
        return () -> drop(dropbox, file, slowly);
    }

    /**
     * Drops a case file: atomically (written elsewhere, moved in), or slowly, straight into the folder in
     * pieces, as a copy over a network share does; the bot must never take a half-written file.
     */
    private static void drop(Path dropbox, Backlog.CaseFileDrop file, boolean slowly) {
        try {
            if (!slowly) {
                Path tmp = Files.createTempFile(dropbox, ".incoming", ".tmp");
                Files.writeString(tmp, file.json());
                Files.move(tmp, dropbox.resolve(file.name()));
                return;
            }
            Thread writer = new Thread(() -> {
                byte[] bytes = file.json().getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = Files.newOutputStream(dropbox.resolve(file.name()))) {
                    for (int i = 0; i < 4; i++) {
                        out.write(bytes, i * bytes.length / 4, (i + 1) * bytes.length / 4 - i * bytes.length / 4);
                        out.flush();
                        Thread.sleep(300);
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "slow-writer");
            writer.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> filed(Path dropbox, String name) throws IOException {
        List<String> where = new ArrayList<>();
        for (String folder : List.of("done", "failed")) {
            Path dir = dropbox.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-" + name))
                            .forEach(n -> where.add(folder));
                }
            }
        }
        if (Files.exists(dropbox.resolve(name))) {
            where.add("(still in the drop folder)");
        }
        return where;
    }

    private static boolean dropFolderEmpty(Path dropbox) {
        try (Stream<Path> files = Files.list(dropbox)) {
            return files.noneMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            return false;
        }
    }

    static Map<String, String> settings(MailServer mail, Path data) {
        Map<String, String> s = new HashMap<>();
        s.put("pdbot.data-dir", data.toAbsolutePath().toString());
        s.put("pdbot.imap.host", "127.0.0.1");
        s.put("pdbot.imap.port", String.valueOf(mail.imapPort()));
        s.put("pdbot.imap.username", MailServer.INBOX);
        s.put("pdbot.imap.password", MailServer.PASSWORD);
        s.put("pdbot.smtp.host", "127.0.0.1");
        s.put("pdbot.smtp.port", String.valueOf(mail.smtpPort()));
        s.put("pdbot.mail.security", "none");
        s.put("pdbot.submit.mode", "auto");
        s.put("pdbot.intake.poll-delay-ms", "200");
        s.put("pdbot.intake.max-messages-per-poll", "10");
        s.put("pdbot.outbox.poll-ms", "100");
        s.put("pdbot.outbox.first-retry-ms", "200");
        s.put("pdbot.message-id.secret", "fault-suite-secret-0123456789");
        s.put("pdbot.mail.timeout-ms", "10000");
        // interrupted sends are settled within seconds: a copy is in the clinic inbox at once or never
        s.put("pdbot.outbox.resend-grace-ms", "3000");
        s.put("pdbot.outbox.evidence-check-ms", "500");
        return s;
    }

    private static void await(BooleanSupplier condition, BotProcess bot, java.util.function.Supplier<String> what)
            throws InterruptedException {
        await(condition, List.of(bot), what);
    }

    /**
     * Waits up to 300 s for {@code condition} (a condition that throws counts as not yet), failing at once when one
     * of the bots died, with its log.
     */
    static void await(BooleanSupplier condition, java.util.Collection<BotProcess> bots,
                      java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (true) {
            boolean done;
            try {
                done = condition.getAsBoolean();
            } catch (RuntimeException e) {
                done = false;
            }
            if (done) {
                return;
            }
            for (BotProcess bot : bots) {
                if (!bot.alive()) {
                    throw new AssertionError("bot died while waiting for " + what.get() + "\n" + bot.logTail(60));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 300 s for " + what.get() + "\n"
                        + bots.stream().map(b -> b.logTail(60)).collect(Collectors.joining("\n----\n")));
            }
            Thread.sleep(200);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The kill markers and schema steps of every start so far: what a failed start needs to be understood. */
    private static String startHistory(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("---- ") || l.contains("Database schema") || l.contains("Migrated copy")
                        || l.contains("started in"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void appendMarker(Path log, String line) throws IOException {
        Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    static String messageId(MimeMessage m) {
        return header(m, "Message-ID");
    }

    static String header(MimeMessage m, String name) {
        try {
            String v = m.getHeader(name, null);
            return v == null ? "(none)" : v.strip();
        } catch (Exception e) {
            return "(unreadable)";
        }
    }

    static String aNumberOf(MimeMessage m) {
        try {
            Matcher matcher = A_NUMBER.matcher(String.valueOf(m.getSubject()));
            return matcher.find() ? matcher.group() : "(none)";
        } catch (Exception e) {
            return "(unreadable)";
        }
    }
}
