package org.pdbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.RunningBot.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.OutboxMail;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Postgres;
import org.pdbot.testing.RunningBot;

/**
 * Two instances on one PostgreSQL and one mail server, sharing a data folder: the mailbox is read by one of
 * them at a time, every request reaches its office once, and when the reading instance stops, the other takes
 * the mailbox over within a lease and a heartbeat.
 */
class TwoInstancesEndToEndTest {

    private static final String OPLA = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path shared;

    @Test
    void oneInstanceReadsTheMailboxEachRequestIsSentOnceAndTheOtherTakesOverWhenItStops() throws Exception {
        var server = Postgres.server();
        assumeTrue(server.isPresent(), () -> "PostgreSQL not available: " + Postgres.whyNot());
        String url = server.get().newDatabase();
        try (MailServer mail = MailServer.start()) {
            RunningBot a = RunningBot.start(shared, settings(mail, url, server.get(), "instance-a"));
            RunningBot b = RunningBot.start(shared, settings(mail, url, server.get(), "instance-b"));
            try {
                for (int i = 0; i < 6; i++) {
                    mail.deliverToInbox(aCaseMail().with("A-Number", "A208-400-00" + i).subject("case " + i).bytes());
                }
                await(() -> mail.live(OPLA, "INBOX").size() >= 6 && outboxDrained(a), DEADLINE,
                        () -> "six requests at the office, has " + mail.live(OPLA, "INBOX").size());

                RunningBot leader = leads(a) ? a : b;
                RunningBot standby = leader == a ? b : a;
                assertThat(leads(leader) && !leads(standby)).as("exactly one instance reads the mailbox").isTrue();
                assertThat(HealthCheckHelper.invokeLiveness(standby.bot().camelContext()))
                        .as("the standby is alive: it reads no inbox, another does")
                        .allSatisfy(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));

                leader.close();
                long stopped = System.nanoTime();
                await(() -> leads(standby), Duration.ofSeconds(20), () -> "the other instance to take the mailbox");
                long failoverMs = (System.nanoTime() - stopped) / 1_000_000;
                System.out.println("[cluster] mailbox taken over " + failoverMs + " ms after its leader stopped");

                for (int i = 6; i < 10; i++) {
                    mail.deliverToInbox(aCaseMail().with("A-Number", "A208-400-00" + i).subject("case " + i).bytes());
                }
                // the archive copies of the requests come back to the inbox and are filed too
                await(() -> mail.live(OPLA, "INBOX").size() >= 10 && outboxDrained(standby)
                                && mail.live(MailServer.INBOX, "INBOX").isEmpty(), DEADLINE,
                        () -> "ten requests at the office, has " + mail.live(OPLA, "INBOX").size() + "; "
                                + mail.describe(MailServer.INBOX, "INBOX"));

                List<MimeMessage> atOpla = mail.live(OPLA, "INBOX");
                Map<String, Long> copies = atOpla.stream().collect(Collectors.groupingBy(TwoInstancesEndToEndTest::id,
                        Collectors.counting()));
                assertThat(copies).hasSize(10);
                assertThat(copies.values()).as("each request delivered once").containsOnly(1L);
                assertThat(standby.bot().components().intakes().all()).hasSize(10)
                        .allSatisfy(i -> assertThat(i.outcome()).isEqualTo("SUBMITTED"));
                assertThat(mail.live(MailServer.INBOX, "pdbot-processed")).as("each case filed once").hasSize(10);
                assertThat(standby.bot().components().outbox().all()).as("nothing left in doubt")
                        .extracting(OutboxMail::status).containsOnly("SENT");
                assertThat(failoverMs).as("within the lease and a few heartbeats").isLessThan(15_000);
            } finally {
                a.close();
                b.close();
            }
        }
    }

    private static boolean leads(RunningBot bot) {
        try {
            return bot.bot().camelContext().getRouteController().getRouteStatus("intake-mail").isStarted();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean outboxDrained(RunningBot bot) {
        return bot.bot().components().outbox().all().stream().map(OutboxMail::status).allMatch("SENT"::equals);
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> settings(MailServer mail, String url, Postgres pg, String instance) {
        Map<String, String> s = new HashMap<>(mail.settings());
        s.put("pdbot.db.url", url);
        s.put("pdbot.db.user", pg.user());
        s.put("pdbot.db.password", pg.password());
        s.put("pdbot.instance-id", instance);
        s.put("pdbot.cluster.heartbeat-ms", "250");
        s.put("pdbot.cluster.lease-ms", "3000");
        s.put("pdbot.intake.idle", "false");
        return s;
    }
}
