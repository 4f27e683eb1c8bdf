package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.OplaReply.anOplaReply;
import static org.pdbot.testing.RunningBot.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/** The Prometheus endpoint after one case went the whole way: intake, request, overdue, OPLA's answer. */
class MetricsTest {

    private static final String OPLA = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void aProcessedCaseShowsInTheMetrics() throws Exception {
        Instant start = Instant.now();
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.http.port", "0",
                "pdbot.followup.check-ms", "100", "pdbot.followup.before-hearing-days", "400",
                "pdbot.health.check-ms", "200"))) {
            Observe observe = new Observe(data);
            bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
            MimeMessage request = bot.awaitInbox(OPLA, 1).get(0);

            await(() -> observe.metric("pdbot_requests_overdue") == 1.0, DEADLINE, () -> "one request overdue: "
                    + observe.metrics().lines().filter(l -> l.startsWith("pdbot")).toList());
            // the per-status gauges are refreshed by the watch round, a moment after the counter
            await(() -> observe.metric("pdbot_requests{status=\"OVERDUE\"}") == 1.0, DEADLINE,
                    () -> "the OVERDUE gauge at 1");

            bot.sendToInbox(OPLA, anOplaReply().inReplyTo(request.getMessageID())
                    .body("DHS will not oppose the motion to dismiss.").bytes());
            await(() -> observe.metric("pdbot_replies_total{classification=\"AGREED\"}") == 1.0, DEADLINE,
                    () -> "the agreement counted");
            await(() -> observe.metric("pdbot_requests_overdue") == 0.0, DEADLINE, () -> "no longer overdue");
            // the reply's intake is counted when its exchange completes, just after the reply was recorded
            await(() -> observe.metric("pdbot_intakes_total{outcome=\"REPLY\",source=\"mail\"}") == 1.0, DEADLINE,
                    () -> "the reply's intake counted");
            // the per-status gauges follow at the next watch round
            await(() -> observe.metric("pdbot_requests{status=\"AGREED\"}") == 1.0, DEADLINE,
                    () -> "the AGREED gauge at 1");

            assertThat(observe.metric("pdbot_intakes_total{outcome=\"SUBMITTED\",source=\"mail\"}")).isEqualTo(1.0);
            assertThat(observe.metric("pdbot_intakes_total{outcome=\"REPLY\",source=\"mail\"}")).isEqualTo(1.0);
            assertThat(observe.metric("pdbot_intake_duration_seconds_count{outcome=\"SUBMITTED\",source=\"mail\"}"))
                    .isEqualTo(1.0);
            assertThat(observe.metric("pdbot_intake_duration_seconds_sum{outcome=\"SUBMITTED\",source=\"mail\"}"))
                    .isPositive().isLessThan(30);
            assertThat(observe.metric("pdbot_requests_sent_total")).isEqualTo(1.0);
            assertThat(observe.metric("pdbot_replies_total{classification=\"DECLINED\"}")).isZero();
            await(() -> observe.metric("pdbot_outbox_mails{status=\"SENT\"}") >= 2.0, DEADLINE,
                    () -> "the request and the clinic's notice sent");
            assertThat(observe.metric("pdbot_inbox_polls_total{result=\"success\"}")).isGreaterThan(2.0);
            assertThat(observe.metric("pdbot_inbox_polls_total{result=\"failure\"}")).isZero();
            assertThat(observe.metric("pdbot_inbox_last_success_timestamp_seconds"))
                    .isBetween(start.getEpochSecond() - 1.0, Instant.now().getEpochSecond() + 1.0);
            assertThat(observe.metric("pdbot_inbox_since_success_seconds")).isBetween(0.0, 30.0);
            assertThat(observe.metric("pdbot_oauth_token_failures_total")).isZero();
            assertThat(observe.metric("pdbot_admin_warnings_total{kind=\"inbox\"}")).isZero();
        }
    }

    @Test
    void everyMetricTheOperationsGuideNamesIsServed() throws Exception {
        List<String> documented = documentedMetrics();
        assertThat(documented).contains("pdbot_intakes_total", "pdbot_requests_sent_total", "pdbot_replies_total",
                "pdbot_requests_overdue", "pdbot_inbox_polls_total", "pdbot_inbox_last_success_timestamp_seconds",
                "pdbot_oauth_token_failures_total", "pdbot_intake_duration_seconds");
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.http.port", "0", "pdbot.health.check-ms", "200"))) {
            Observe observe = new Observe(data);
            bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
            bot.awaitInbox(OPLA, 1);
            // the intake is counted when its exchange completes (after IMAP filing), which may be after the send
            await(() -> observe.metric("pdbot_intakes_total{outcome=\"SUBMITTED\",source=\"mail\"}") == 1.0
                    && observe.metric("pdbot_requests_sent_total") == 1.0
                    && observe.metrics().contains("pdbot_requests{"), DEADLINE, () -> "intake, send and gauges counted");
            String metrics = observe.metrics();
            for (String name : documented) {
                if (name.equals("pdbot_oauth_credential_expiry_timestamp_seconds")) {
                    continue; // only with OAuth and a known expiry: OAuthHealthTest
                }
                if (name.equals("pdbot_round_failures_total")) {
                    continue; // only once a round failed: RoundFailuresTest
                }
                assertThat(metrics).as("served: %s", name).containsPattern("(?m)^" + Pattern.quote(name) + "[_{ ]");
            }
        }
    }

    /** The metric names in the README's "Monitoring" table. */
    static List<String> documentedMetrics() throws Exception {
        Path guide = Path.of("README.md");
        String doc = Files.readString(guide);
        Matcher m = Pattern.compile("(?m)^\\| `(pdbot_[a-z_]+)`").matcher(doc);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
