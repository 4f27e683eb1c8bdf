package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.OutboxMail;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/**
 * The mail server goes away and comes back: liveness fails once the inbox has gone unread for longer than
 * pdbot.health.max-poll-age-ms, the admin gets exactly one warning for the whole outage, and liveness recovers.
 */
class InboxOutageTest {

    private static final String ADMIN = "it-admin@clinic.test";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void livenessFailsWhileTheMailServerIsDownAndRecoversWithExactlyOneWarningMail() throws Exception {
        try (MailServer mail = MailServer.start();
             RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.http.port", "0",
                     "pdbot.health.max-poll-age-ms", "1500", "pdbot.health.check-ms", "200",
                     "pdbot.admin.email", ADMIN)))) {
            Observe observe = new Observe(data);
            await(() -> observe.liveness() == 200, DEADLINE, () -> "alive at start: " + observe.health());
            // an outage after a first good read, so the health check has a last-read time to report
            await(() -> observe.metric("pdbot_inbox_polls_total{result=\"success\"}") >= 1.0, DEADLINE,
                    () -> "a first successful poll");

            mail.stop();

            await(() -> observe.liveness() == 503, DEADLINE, () -> "not alive while the mail server is down");
            assertThat(observe.health()).contains("\"inbox\"").contains("The clinic inbox was last read")
                    .contains("inbox.last.error");
            await(() -> warnings(bot).size() == 1, DEADLINE, () -> "one warning queued, has " + warnings(bot));
            double rounds = observe.routeExchanges("watch");
            await(() -> observe.routeExchanges("watch") >= rounds + 5, DEADLINE, () -> "five more watch rounds");
            assertThat(warnings(bot)).hasSize(1);
            assertThat(observe.metric("pdbot_inbox_polls_total{result=\"failure\"}")).isPositive();

            mail.restart();

            await(() -> observe.liveness() == 200, DEADLINE, () -> "alive again: " + observe.health());
            await(() -> mail.mailbox(ADMIN, "INBOX").size() >= 1, DEADLINE, () -> "the warning delivered");
            double after = observe.routeExchanges("watch");
            await(() -> observe.routeExchanges("watch") >= after + 5
                    && warnings(bot).stream().allMatch(m -> m.status().equals("SENT")), DEADLINE,
                    () -> "five more watch rounds after recovery, outbox idle");
            List<MimeMessage> received = mail.mailbox(ADMIN, "INBOX");
            assertThat(received).hasSize(1);
            MimeMessage warning = received.get(0);
            assertThat(warning.getSubject()).startsWith("pdbot: the clinic inbox has not been read for");
            assertThat(warning.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(warning.getFrom()[0].toString()).isEqualTo(MailServer.INBOX);
            assertThat(warnings(bot)).hasSize(1);
            assertThat(observe.metric("pdbot_admin_warnings_total{kind=\"inbox\"}")).isEqualTo(1.0);
        }
    }

    private static List<OutboxMail> warnings(RunningBot bot) {
        return bot.bot().components().outbox().all().stream().filter(m -> m.kind().equals("ADMIN_WARNING")).toList();
    }
}
