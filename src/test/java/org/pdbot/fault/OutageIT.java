package org.pdbot.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.CaseMail;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.RunningBot;

/**
 * Mail-server outages: SMTP down, resetting connections, refusing for good; IMAP unreachable at start and
 * in the middle of a run; a poison intake. pdbot keeps running, retries, and delivers everything once.
 */
class OutageIT {

    @TempDir
    Path data;

    @Test
    void smtpDownThenResettingThenBackDeliversTheWholeBacklogExactlyOnce() throws Exception {
        try (MailServer mail = MailServer.start(); TcpProxy smtp = new TcpProxy(mail.smtpPort())) {
            smtp.mode(TcpProxy.Mode.DOWN);
            List<CaseMail> cases = new ArrayList<>();
            try (RunningBot bot = start(mail, mail.imapPort(), smtp.port(), Map.of())) {
                for (int i = 0; i < 8; i++) {
                    CaseMail c = aCaseMail().with("A-Number", "A208-100-" + (100 + i));
                    if (i % 4 == 3) {
                        c.without("Reasons");
                    }
                    cases.add(c);
                    mail.deliverToInbox(c.bytes());
                }
                BotDb db = new BotDb(data);
                // every intake is decided and its mail queued, but nothing can go out
                RunningBot.await(() -> db.count("select count(*) from intake where outcome is not null") == 8
                                && db.count("select count(*) from outbox where last_error is not null") == 8,
                        Duration.ofSeconds(60), () -> "8 intakes decided and 8 mails failing to send");
                smtp.mode(TcpProxy.Mode.RESET);
                RunningBot.await(() -> db.count("select min(attempts) from outbox") >= 3, Duration.ofSeconds(60),
                        () -> "every mail tried 3 times");
                assertThat(db.count("select count(*) from outbox where status = 'SENT'")).isZero();
                assertThat(db.count("select count(*) from outbox where status in ('FAILED', 'POSSIBLY_SENT')")).isZero();

                smtp.mode(TcpProxy.Mode.UP);
                RunningBot.await(() -> db.count("select count(*) from outbox where status = 'SENT'") == 8,
                        Duration.ofSeconds(60), () -> "the backlog to go out once SMTP is back");
            }
            List<MimeMessage> toOpla = mail.live("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", "INBOX");
            assertThat(toOpla).hasSize(6);
            assertThat(toOpla.stream().map(CrashSafetyIT::aNumberOf).distinct()).hasSize(6);
            List<MimeMessage> answers = mail.live("paralegal@clinic.test", "INBOX");
            assertThat(answers.stream().map(m -> CrashSafetyIT.header(m, "In-Reply-To")))
                    .containsExactlyInAnyOrder(cases.get(3).messageId(), cases.get(7).messageId());
        }
    }

    @Test
    void permanentSmtpRejectionIsAVisibleFailureOnTheRequestNotARetryLoop() throws Exception {
        try (MailServer mail = MailServer.start(); RejectingSmtp smtp = new RejectingSmtp()) {
            try (RunningBot bot = start(mail, mail.imapPort(), smtp.port(), Map.of())) {
                mail.deliverToInbox(aCaseMail().bytes());
                BotDb db = new BotDb(data);
                RunningBot.await(() -> db.count("select count(*) from pd_request where status = 'FAILED'") == 1,
                        Duration.ofSeconds(30), () -> "the request to be FAILED");
                assertThat(db.rows("select attempts, last_error from outbox")).singleElement().satisfies(r -> {
                    assertThat(r.get("attempts")).isEqualTo(1);
                    assertThat((String) r.get("last_error")).contains("550");
                });
                assertThat(db.count("select count(*) from event where kind = 'SEND_FAILED'")).isEqualTo(1);

                String status = status();
                assertThat(status).contains("A201-555-123  FAILED");
                assertThat(status).contains("FAILED: 1 mail(s) were refused by the mail server and will not be retried.");
            }
            assertThat(smtp.refused()).isEqualTo(1);
        }
    }

    @Test
    void poisonIntakeIsQuarantinedAfterMaxAttemptsAndDoesNotBlockTheRest() throws Exception {
        try (MailServer mail = MailServer.start()) {
            try (RunningBot bot = start(mail, mail.imapPort(), mail.smtpPort(), Map.of("pdbot.intake.max-attempts", "3"))) {
                // a real, lasting failure: the database refuses this one client's request on every attempt
                BotDb db = new BotDb(data);
                db.rows("select 1");
                bot.bot().components().db().inTransaction(c -> c.createStatement().execute(
                        "alter table pd_request add constraint poison check (client_name <> 'Poison Pill')"));
                CaseMail poison = aCaseMail().with("Name", "Poison Pill").with("A-Number", "A208-200-001");
                mail.deliverToInbox(poison.bytes());
                for (int i = 0; i < 3; i++) {
                    mail.deliverToInbox(aCaseMail().with("A-Number", "A208-200-10" + i).bytes());
                }
                RunningBot.await(() -> mail.live(MailServer.INBOX, "pdbot-quarantine").size() == 1
                                && mail.live(MailServer.INBOX, "pdbot-processed").size() == 3,
                        Duration.ofSeconds(60), () -> "the poison quarantined and the others processed");
                assertThat(CrashSafetyIT.messageId(mail.live(MailServer.INBOX, "pdbot-quarantine").get(0)))
                        .isEqualTo(poison.messageId());
                assertThat(db.count("select count(*) from event where kind = 'INTAKE_FAILED'")).isEqualTo(3);
                assertThat(db.rows("select outcome, cast(detail as varchar) as detail from intake where message_id = '" + poison.messageId() + "'"))
                        .singleElement().satisfies(r -> {
                            assertThat(r.get("outcome")).isEqualTo("QUARANTINED");
                            assertThat(String.valueOf(r.get("detail"))).startsWith("Processing failed 3 times");
                        });
                RunningBot.await(() -> mail.live("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", "INBOX").size() == 3,
                        Duration.ofSeconds(30), () -> "the other three requests sent");
            }
        }
    }

    @Test
    void imapUnreachableAtStartAndMidRunPdbotKeepsRunningAndCatchesUp() throws Exception {
        try (MailServer mail = MailServer.start(); TcpProxy imap = new TcpProxy(mail.imapPort())) {
            imap.mode(TcpProxy.Mode.DOWN);
            try (RunningBot bot = start(mail, imap.port(), mail.smtpPort(), Map.of())) {
                mail.deliverToInbox(aCaseMail().with("A-Number", "A208-300-001").bytes());
                BotDb db = new BotDb(data);
                RunningBot.await(() -> bot.bot().camelContext().isStarted(), Duration.ofSeconds(10), () -> "Camel running");
                Thread.sleep(1500); // the outage lasts a few polls
                assertThat(db.count("select count(*) from intake")).isZero();

                imap.mode(TcpProxy.Mode.UP);
                RunningBot.await(() -> mail.live(MailServer.INBOX, "pdbot-processed").size() == 1,
                        Duration.ofSeconds(60), () -> "the first mail filed once IMAP is back");

                imap.mode(TcpProxy.Mode.DOWN);
                mail.deliverToInbox(aCaseMail().with("A-Number", "A208-300-002").bytes());
                Thread.sleep(1000);
                imap.mode(TcpProxy.Mode.RESET);
                Thread.sleep(1000);
                imap.mode(TcpProxy.Mode.UP);
                RunningBot.await(() -> mail.live(MailServer.INBOX, "pdbot-processed").size() == 2,
                        Duration.ofSeconds(60), () -> "the second mail filed after the mid-run outage");
                RunningBot.await(() -> mail.live("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", "INBOX").size() == 2,
                        Duration.ofSeconds(30), () -> "both requests sent");
                // filing is copy, flag and expunge: the inbox empties a moment after the copy lands
                RunningBot.await(() -> mail.live(MailServer.INBOX, "INBOX").isEmpty(), Duration.ofSeconds(30),
                        () -> "the inbox emptied");
                assertThat(mail.live("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", "INBOX").stream()
                        .map(CrashSafetyIT::messageId).collect(Collectors.toSet())).hasSize(2);
            }
        }
    }

    /** {@code pdbot status}, as a person runs it while the bot runs. */
    private String status() throws Exception {
        Path config = java.nio.file.Files.createDirectories(data.resolve("status-config"));
        java.nio.file.Files.writeString(config.resolve("application.properties"), "pdbot.data-dir=" + data + "\n");
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(org.pdbot.cli.PdbotCommand.run("--config", config.toString(), "status")).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private RunningBot start(MailServer mail, int imapPort, int smtpPort, Map<String, String> more) throws Exception {
        Map<String, String> values = new HashMap<>(CrashSafetyIT.settings(mail, data));
        values.put("pdbot.imap.port", String.valueOf(imapPort));
        values.put("pdbot.smtp.port", String.valueOf(smtpPort));
        values.put("pdbot.outbox.max-retry-ms", "1000");
        values.put("pdbot.outbox.max-attempts", "100");
        values.put("pdbot.intake.backoff-multiplier", "2");
        values.put("pdbot.mail.timeout-ms", "3000");
        values.putAll(more);
        return RunningBot.start(data, values);
    }
}
