package org.pdbot.observe;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.pdbot.config.Settings;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.intake.InboxDrain;
import org.pdbot.intake.IntakeResult;
import org.pdbot.mail.oauth.OAuthMailAuthenticator;
import org.pdbot.store.Database;
import org.pdbot.store.IncidentStore;
import org.pdbot.store.StatsStore;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that lets an operator see pdbot is alive: the inbox poll watch, the health checks, the metrics,
 * the admin warnings and the loopback HTTP server that serves {@code /observe/health} and
 * {@code /observe/metrics}. Built once by the bot; see README.md, "Monitoring".
 */
public final class Observability implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Observability.class);

    private final Settings settings;
    private final InboxPolls polls;
    private final PrometheusMeterRegistry registry;
    private final Metrics metrics;
    private final AdminWarnings warnings;
    private final Duration maxPollAge;
    private final Database db;
    private final OfficeDirectory directory;
    private final Clock clock;
    private final Path endpointFile;
    private final IntakeEvents intakeEvents;

    private Observability(Settings settings, Database db, OfficeDirectory directory, MailComposer composer,
                          Outbox outbox, MessageIds ids, OAuthMailAuthenticator oauth, Clock clock) {
        this.settings = settings;
        this.db = db;
        this.directory = directory;
        this.clock = clock;
        this.polls = new InboxPolls(clock);
        this.maxPollAge = maxPollAge(settings);
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = new Metrics(registry, polls, new DatabaseStats(new StatsStore(db), clock), oauth, clock);
        String inbox = settings.get("pdbot.clinic.inbox");
        this.warnings = new AdminWarnings(polls, maxPollAge, oauth, settings.getInt("pdbot.admin.credential-warn-days", 30),
                new Incidents(new IncidentStore(db), settings.dataDir().resolve("admin-warnings.properties")), db,
                composer, outbox, ids, inbox, settings.get("pdbot.admin.email", inbox), metrics, clock);
        this.endpointFile = endpointFile(settings);
        this.intakeEvents = new IntakeEvents(metrics);
    }

    public static Observability create(Settings settings, Database db, OfficeDirectory directory, MailComposer composer,
                                       Outbox outbox, MessageIds ids, MailAuthenticator auth, Clock clock) {
        return new Observability(settings, db, directory, composer, outbox, ids,
                auth instanceof OAuthMailAuthenticator o ? o : null, clock);
    }

    /**
     * {@code pdbot.health.max-poll-age-ms}: how long the inbox may go unread before pdbot counts as not alive.
     * Default five poll intervals, at least a minute.
     */
    public static Duration maxPollAge(Settings settings) {
        long configured = settings.getLong("pdbot.health.max-poll-age-ms", 0);
        if (configured > 0) {
            return Duration.ofMillis(configured);
        }
        long fivePolls = 5 * settings.getLong("pdbot.intake.poll-delay-ms", 2000);
        return Duration.ofMillis(Math.max(fivePolls, 60_000));
    }

    /** The file a running bot names its observability URL in, for {@code pdbot status}. */
    public static Path endpointFile(Settings settings) {
        return settings.dataDir().resolve("pdbot.http");
    }

    /** The Camel settings for the HTTP server, health checks and metrics. */
    public Map<String, String> camelProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        boolean enabled = settings.getBoolean("pdbot.http.enabled", true);
        p.put("camel.management.enabled", String.valueOf(enabled));
        p.put("camel.management.host", settings.get("pdbot.http.host", "127.0.0.1"));
        p.put("camel.management.port", String.valueOf(settings.getInt("pdbot.http.port", 8625)));
        p.put("camel.management.healthCheckEnabled", "true");
        p.put("camel.management.metricsEnabled", "true");
        p.put("camel.management.infoEnabled", "false");
        p.put("camel.management.devConsoleEnabled", "false");
        p.put("camel.management.jolokiaEnabled", "false");
        p.put("camel.management.uploadEnabled", "false");
        p.put("camel.management.downloadEnabled", "false");
        p.put("camel.management.sendEnabled", "false");
        p.put("camel.metrics.enabled", "true");
        p.put("camel.health.enabled", "true");
        p.put("camel.health.exposureLevel", "full");
        return p;
    }

    /** The beans the routes and Camel look up: the poll watch, the registry, the intake events, the checks. */
    public void bind(BiConsumer<String, Object> registry) {
        registry.accept(MicrometerConstants.METRICS_REGISTRY_NAME, this.registry);
        registry.accept("adminWarnings", warnings);
        registry.accept("roundFailures", new RoundFailures(this.registry, clock));
        if (cluster != null) {
            registry.accept("pdbotLeadershipCheck", new LeadershipHealthCheck(cluster));
        }
        registry.accept("pdbotIntakeEvents", intakeEvents);
        registry.accept("pdbotInboxCheck", new InboxHealthCheck(polls, maxPollAge, clock, () -> readsInbox.getAsBoolean()));
        registry.accept("pdbotDatabaseCheck", new DatabaseHealthCheck(db));
        registry.accept("pdbotDirectoryCheck", new DirectoryHealthCheck(directory));
    }

    private org.pdbot.cluster.DatabaseClusterService cluster;
    private java.util.function.BooleanSupplier readsInbox = () -> true;

    /**
     * What this instance leads shows in the health details; {@code readsInbox} says whether it reads the inbox
     * now: a standby's inbox check is up, whatever its own polls (it makes none).
     */
    public void leadership(org.pdbot.cluster.DatabaseClusterService cluster, java.util.function.BooleanSupplier readsInbox) {
        this.cluster = cluster;
        this.readsInbox = readsInbox;
    }

    /** Once Camel runs: notes where the HTTP server listens, for {@code pdbot status}. */
    public void started(CamelContext camel) {
        VertxPlatformHttpServer server = camel.hasService(VertxPlatformHttpServer.class);
        if (server == null) {
            return;
        }
        String url = "http://" + settings.get("pdbot.http.host", "127.0.0.1") + ":" + server.getPort() + "/observe";
        try {
            Files.createDirectories(endpointFile.getParent());
            Files.writeString(endpointFile, url + "\n");
        } catch (IOException e) {
            log.warn("Cannot write {}: {}", endpointFile, e.toString());
        }
        log.atInfo().addKeyValue("event", "http.started").log("Health and metrics at {}/health and {}/metrics", url, url);
    }

    /** What the inbox drains report: poll health and one count per mail intake. */
    public InboxDrain.Listener inboxListener() {
        return new InboxDrain.Listener() {
            @Override
            public void pollSucceeded() {
                polls.succeeded();
            }

            @Override
            public void pollFailed(Throwable error) {
                polls.failed(error);
            }

            @Override
            public void intakeDone(IntakeResult result, Duration took) {
                intakeEvents.done("mail", result, took);
            }

            @Override
            public void intakeFailed(Throwable error, Duration took) {
                intakeEvents.failed("mail", error, took);
            }
        };
    }

    public InboxPolls inboxPolls() {
        return polls;
    }

    public PrometheusMeterRegistry meterRegistry() {
        return registry;
    }

    public AdminWarnings adminWarnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(endpointFile);
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", endpointFile, e.toString());
        }
        registry.close();
    }
}
