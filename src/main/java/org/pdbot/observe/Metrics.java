package org.pdbot.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pdbot.mail.oauth.OAuthMailAuthenticator;
import org.pdbot.tracking.Classification;

/**
 * pdbot's own meters, in Prometheus form at {@code /observe/metrics} (names and meaning in README.md,
 * "Monitoring"). Counts of requests, replies and outgoing mail are read from the database, so they survive a
 * restart; intakes, polls and warnings are counted by this process.
 */
final class Metrics {

    private final MeterRegistry registry;
    private final DatabaseStats stats;
    private final Set<String> statusGauges = ConcurrentHashMap.newKeySet();
    private final Set<String> outboxGauges = ConcurrentHashMap.newKeySet();

    Metrics(MeterRegistry registry, InboxPolls polls, DatabaseStats stats, OAuthMailAuthenticator oauth, Clock clock) {
        this.registry = registry;
        this.stats = stats;
        FunctionCounter.builder("pdbot.requests.sent", stats, s -> s.counts().requestsSent())
                .description("PD requests the SMTP server accepted for OPLA").register(registry);
        for (Classification c : Classification.values()) {
            FunctionCounter.builder("pdbot.replies", stats,
                            s -> s.counts().repliesByClassification().getOrDefault(c.name(), 0L))
                    .tag("classification", c.name()).description("Mail received in request threads, by classification")
                    .register(registry);
        }
        Gauge.builder("pdbot.requests.overdue", stats, s -> s.counts().requestsByStatus().getOrDefault("OVERDUE", 0L))
                .description("Requests overdue now (no decision in time, or a hearing close)").register(registry);
        FunctionCounter.builder("pdbot.inbox.polls", polls, p -> p.state().successes()).tag("result", "success")
                .description("Polls of the clinic inbox, by result").register(registry);
        FunctionCounter.builder("pdbot.inbox.polls", polls, p -> p.state().failures()).tag("result", "failure")
                .description("Polls of the clinic inbox, by result").register(registry);
        Gauge.builder("pdbot.inbox.last.success.timestamp", polls,
                        p -> p.state().lastSuccessAt().map(i -> i.toEpochMilli() / 1000.0).orElse(0.0))
                .baseUnit("seconds").description("When the clinic inbox was last read successfully (0: never)")
                .register(registry);
        Gauge.builder("pdbot.inbox.since.success", polls, p -> p.state().sinceLastSuccess(clock.instant()).toMillis() / 1000.0)
                .baseUnit("seconds").description("Seconds since the clinic inbox was last read (or since start)")
                .register(registry);
        FunctionCounter.builder("pdbot.oauth.token.failures", this, m -> oauth == null ? 0 : oauth.tokenFailures())
                .description("Failed attempts to get an OAuth2 access token").register(registry);
        if (oauth != null && oauth.credentialExpires().isPresent()) {
            double expires = oauth.credentialExpires().get().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            Gauge.builder("pdbot.oauth.credential.expiry.timestamp", () -> expires).baseUnit("seconds")
                    .description("When the OAuth2 client secret or certificate expires").register(registry);
        }
        for (String kind : new String[] {"inbox", "credential"}) {
            Counter.builder("pdbot.admin.warnings").tag("kind", kind).description("Warning mails sent to the admin")
                    .register(registry);
        }
        refresh();
    }

    /** One intake done: its source (mail, folder), its outcome, and how long it took. */
    void intake(String source, String outcome, Duration took) {
        Counter.builder("pdbot.intakes").tag("source", source).tag("outcome", outcome)
                .description("Intakes handled, by source and outcome").register(registry).increment();
        Timer.builder("pdbot.intake.duration").tag("source", source).tag("outcome", outcome)
                .description("Time to handle one intake, from reading it to its outcome").register(registry)
                .record(took);
    }

    void warningSent(String kind) {
        registry.counter("pdbot.admin.warnings", "kind", kind).increment();
    }

    /** Adds a gauge for each request and outbox status the database holds by now. */
    void refresh() {
        var counts = stats.counts();
        counts.requestsByStatus().keySet().stream().filter(statusGauges::add).forEach(status ->
                Gauge.builder("pdbot.requests", stats, s -> s.counts().requestsByStatus().getOrDefault(status, 0L))
                        .tag("status", status).description("Requests by current status").register(registry));
        counts.outboxByStatus().keySet().stream().filter(outboxGauges::add).forEach(status ->
                Gauge.builder("pdbot.outbox.mails", stats, s -> s.counts().outboxByStatus().getOrDefault(status, 0L))
                        .tag("status", status.toUpperCase(Locale.ROOT)).description("Outgoing mails by status")
                        .register(registry));
    }
}
