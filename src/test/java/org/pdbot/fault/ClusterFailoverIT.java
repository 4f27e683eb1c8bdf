package org.pdbot.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Postgres;

/**
 * Two bot JVMs on one PostgreSQL and one mail server, sharing a data folder, work off a backlog while the one
 * that reads the mailbox is killed (SIGKILL) again and again, once paused (SIGSTOP, then SIGCONT: a zombie) and
 * once cut off from the database. Every intake ends with exactly one outcome, every request reaches its office
 * once, and after each failure the mailbox is led again, by one live instance, within the lease and a poll.
 * Replay with {@code -Dpdbot.fault.seed=N}.
 */
class ClusterFailoverIT {

    private static final long LEASE_MS = 3000;
    private static final long HEARTBEAT_MS = 300;

    @Test
    void theMailboxLeaderKilledPausedAndCutOffEveryIntakeEndsOnceAndEveryRequestIsSentOnce() throws Exception {
        var server = Postgres.server();
        assumeTrue(server.isPresent(), () -> "PostgreSQL not available: " + Postgres.whyNot());
        long seed = Long.getLong("pdbot.fault.seed", System.currentTimeMillis());
        int kills = Integer.getInteger("pdbot.fault.cluster-kills", 10);
        System.out.println("[cluster] seed " + seed + " (replay with -Dpdbot.fault.seed=" + seed + "), kills " + kills);
        Random random = new Random(seed);
        Backlog backlog = Backlog.make(random, 40, 0);
        Path work = Path.of("target", "fault", "cluster-" + seed);
        CrashSafetyIT.deleteTree(work);
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("dropbox"));
        String url = server.get().newDatabase();
        int pgPort = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        BotDb db = new BotDb(url, server.get().user(), server.get().password());

        try (MailServer mail = MailServer.start(); TcpProxy toDatabase = new TcpProxy(pgPort);
             TcpProxy slowSmtp = new TcpProxy(mail.smtpPort())) {
            // slow SMTP replies, so that kills also land while a mail is on the wire
            slowSmtp.replyDelay(60);
            Map<String, BotProcess> bots = new HashMap<>();
            Map<String, Map<String, String>> settings = new HashMap<>();
            for (String id : List.of("a", "b")) {
                Map<String, String> s = CrashSafetyIT.settings(mail, data);
                s.put("pdbot.smtp.port", String.valueOf(slowSmtp.port()));
                // b reaches the database through a proxy the test can cut
                s.put("pdbot.db.url", id.equals("b") ? url.replace(":" + pgPort + "/", ":" + toDatabase.port() + "/") : url);
                s.put("pdbot.db.user", server.get().user());
                s.put("pdbot.db.password", server.get().password());
                s.put("pdbot.instance-id", "instance-" + id);
                s.put("pdbot.cluster.heartbeat-ms", String.valueOf(HEARTBEAT_MS));
                s.put("pdbot.cluster.lease-ms", String.valueOf(LEASE_MS));
                s.put("pdbot.outbox.lease-ms", "15000");
                s.put("pdbot.http.port", "0");
                settings.put(id, s);
                bots.put(id, BotProcess.start(s, work.resolve("bot-" + id + ".log")));
            }
            for (BotProcess bot : bots.values()) {
                assertThat(bot.awaitStarted(120_000)).as("started:%n%s", bot.logTail(40)).isTrue();
            }
            String mailbox = "mailbox:" + MailServer.INBOX + "@127.0.0.1";
            List<Long> failovers = new ArrayList<>();
            List<Backlog.Mail> pending = new ArrayList<>(backlog.mails);
            int perRound = Math.max(1, pending.size() / (kills + 2));

            for (int round = 0; round < kills + 2; round++) {
                for (int i = 0; i < perRound && !pending.isEmpty(); i++) {
                    mail.deliverToInbox(pending.remove(0).raw());
                }
                String leader = awaitLeader(db, mailbox, null, 30_000);
                Thread.sleep(300 + random.nextInt(2500));
                long epoch = epoch(db, mailbox);
                String id = leader.substring("instance-".length());
                long start = System.nanoTime();
                if (round < kills) {
                    assertThat(bots.get(id).kill()).isEqualTo(137);
                    appendMarker(work.resolve("bot-" + id + ".log"), "---- SIGKILL " + (round + 1) + " ----");
                } else if (round == kills) {
                    // a zombie: paused past the lease, its session lingers; another instance ends it and takes over
                    bots.get(id).signal("STOP");
                    awaitNewLeader(db, mailbox, epoch, LEASE_MS + 10_000);
                    failovers.add((System.nanoTime() - start) / 1_000_000);
                    bots.get(id).signal("CONT");
                    appendMarker(work.resolve("bot-" + id + ".log"), "---- SIGSTOP, SIGCONT ----");
                    continue;
                } else {
                    // cut off from the database: b (behind the proxy) leads now, or is made to
                    if (!id.equals("b")) {
                        assertThat(bots.get(id).kill()).isEqualTo(137);
                        awaitNewLeader(db, mailbox, epoch, LEASE_MS + 10_000);
                        bots.put(id, BotProcess.start(settings.get(id), work.resolve("bot-" + id + ".log")));
                        assertThat(bots.get(id).awaitStarted(120_000)).isTrue();
                        epoch = epoch(db, mailbox);
                        start = System.nanoTime();
                    }
                    toDatabase.mode(TcpProxy.Mode.DOWN);
                    awaitNewLeader(db, mailbox, epoch, LEASE_MS + 10_000);
                    failovers.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(2000);
                    toDatabase.mode(TcpProxy.Mode.UP);
                    appendMarker(work.resolve("bot-b.log"), "---- cut from the database, then back ----");
                    continue;
                }
                awaitNewLeader(db, mailbox, epoch, LEASE_MS + 10_000);
                failovers.add((System.nanoTime() - start) / 1_000_000);
                // back as the standby before the next failure, as systemd would restart it
                bots.put(id, BotProcess.start(settings.get(id), work.resolve("bot-" + id + ".log")));
                assertThat(bots.get(id).awaitStarted(120_000)).as("restarted:%n%s", bots.get(id).logTail(40)).isTrue();
            }
            pending.forEach(m -> mail.deliverToInbox(m.raw()));

            int expected = backlog.mails.size();
            CrashSafetyIT.await(() -> db.count("select count(*) from intake where outcome is not null and outcome <> 'OWN_NOTICE'") >= expected
                            && db.count("select count(*) from outbox where status in ('PENDING', 'SENDING')"
                            + " or (status = 'POSSIBLY_SENT' and notified_at is null)") == 0
                            && mail.live(MailServer.INBOX, "INBOX").isEmpty(),
                    bots.values(), () -> "every intake to end and the outbox to drain; "
                            + mail.describe(MailServer.INBOX, "INBOX"));
            for (BotProcess bot : bots.values()) {
                bot.stop();
            }

            verify(backlog, mail, db, failovers, kills);
        }
    }

    private static void verify(Backlog backlog, MailServer mail, BotDb db, List<Long> failovers, int kills)
            throws Exception {
        List<Map<String, Object>> intakes = db.rows("select message_id, outcome from intake "
                + "where outcome is null or outcome <> 'OWN_NOTICE'");
        assertThat(intakes).as("one intake per mail").hasSize(backlog.mails.size());
        Map<String, String> outcomes = intakes.stream().collect(Collectors.toMap(i -> (String) i.get("message_id"),
                i -> String.valueOf(i.get("outcome"))));
        for (Backlog.Mail m : backlog.mails) {
            assertThat(outcomes.get(m.messageId())).as("outcome of %s", m.messageId()).isEqualTo(m.kind().outcome);
        }
        List<Map<String, Object>> requests = db.rows("select message_id, office_address, status from pd_request");
        assertThat(requests).hasSize((int) backlog.count(Backlog.Kind.COMPLETE));
        int sent = 0;
        int duplicates = 0;
        for (Map<String, Object> r : requests) {
            long copies = mail.live((String) r.get("office_address"), "INBOX").stream()
                    .filter(m -> r.get("message_id").equals(messageId(m))).count();
            assertThat(r.get("status")).as("request %s", r.get("message_id")).isIn("SENT", "POSSIBLY_SENT");
            if ("SENT".equals(r.get("status"))) {
                assertThat(copies).as("copies of %s at its office", r.get("message_id")).isEqualTo(1);
            }
            sent += (int) copies;
            duplicates += copies > 1 ? 1 : 0;
        }
        for (String box : mail.otherMailboxes()) {
            Map<String, Long> byId = mail.live(box, "INBOX").stream().collect(Collectors.groupingBy(
                    ClusterFailoverIT::messageId, Collectors.counting()));
            duplicates += (int) byId.values().stream().filter(n -> n > 1).count();
        }
        long answers = db.count("select count(*) from outbox where kind = 'NEEDS_INFO'");
        long interrupted = db.count("select count(*) from event where kind = 'POSSIBLY_SENT'");
        long leftForAPerson = db.count("select count(*) from outbox where status = 'POSSIBLY_SENT'");
        List<Long> sorted = failovers.stream().sorted().toList();
        System.out.printf("[cluster] kills %d, pauses 1, cuts 1; failover ms p50 %d, max %d (%s); intakes %d,"
                        + " requests %d, delivered %d, duplicates %d; needs-info answers %d; interrupted sends %d,"
                        + " left POSSIBLY_SENT %d%n", kills, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                failovers, intakes.size(), requests.size(), sent, duplicates, answers, interrupted, leftForAPerson);
        assertThat(duplicates).as("mails delivered twice").isZero();
        assertThat(answers).isEqualTo(backlog.mails.stream().filter(m -> m.kind() == Backlog.Kind.INCOMPLETE).count());
        assertThat(sorted.get(sorted.size() - 1)).as("each failover within the lease and a few heartbeats")
                .isLessThan(LEASE_MS + 10 * HEARTBEAT_MS + 5000);
    }

    private static String awaitLeader(BotDb db, String namespace, String not, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> rows = db.rows("select holder from leadership where namespace = '" + namespace
                    + "' and renewed_at > current_timestamp - interval '2 seconds'");
            if (!rows.isEmpty() && !rows.get(0).get("holder").equals(not)) {
                return (String) rows.get(0).get("holder");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no live leader of " + namespace + " within " + timeoutMs + " ms: "
                + db.rows("select * from leadership"));
    }

    private static void awaitNewLeader(BotDb db, String namespace, long after, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (epoch(db, namespace) > after) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no new leader of " + namespace + " after epoch " + after + " within " + timeoutMs
                + " ms: " + db.rows("select * from leadership"));
    }

    private static long epoch(BotDb db, String namespace) {
        List<Map<String, Object>> rows = db.rows("select epoch from leadership where namespace = '" + namespace + "'");
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("epoch")).longValue();
    }

    private static String messageId(MimeMessage m) {
        return CrashSafetyIT.messageId(m);
    }

    private static void appendMarker(Path log, String line) {
        try {
            Files.writeString(log, line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            // only a marker
        }
    }
}
