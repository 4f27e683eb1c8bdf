package org.pdbot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.camel.main.Main;
import org.pdbot.cluster.DatabaseClusterService;
import org.pdbot.config.Settings;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.pdbot.intake.DropFolder;
import org.pdbot.intake.InboxDrain;
import org.pdbot.intake.InboxRoutePolicy;
import org.pdbot.mail.ImapInbox;
import org.pdbot.mail.InboxIdle;
import org.pdbot.mail.MailAuth;
import org.pdbot.store.OutboxStore;
import org.pdbot.submit.OutboxSender;
import org.pdbot.mail.ReusedSmtpConnection;
import org.pdbot.mail.MailEndpoints;
import org.pdbot.mail.MailStreams;
import org.pdbot.mail.ArchiveSearch;
import java.util.List;
import org.pdbot.observe.Observability;
import org.pdbot.sandbox.Sandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: the sandbox when no mail server is configured, the database, and Camel with the routes
 * from the {@code routes/} folder. {@link #start} returns once everything polls; {@link #close} stops it.
 */
public final class Bot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    /** The raw mails of one inbox FETCH command add up to at most this much. */
    private static final long FETCH_BATCH_BYTES = 8L * 1024 * 1024;

    private final Sandbox sandbox;
    private final Components components;
    private final Main main;
    private final Observability observability;
    private final InboxDrain inbox;
    private final ReusedSmtpConnection smtp;

    private Bot(Sandbox sandbox, Components components, Main main, Observability observability, InboxDrain inbox,
                ReusedSmtpConnection smtp) {
        this.inbox = inbox;
        this.smtp = smtp;
        this.sandbox = sandbox;
        this.components = components;
        this.main = main;
        this.observability = observability;
    }

    public static Bot start(Settings configured) throws Exception {
        return start(configured, Clock.systemDefaultZone());
    }

    /** As {@link #start(Settings)}, on the clock that dates letters and mail (tests move it). */
    public static Bot start(Settings configured, Clock clock) throws Exception {
        MailStreams.pinProvider();
        Sandbox sandbox = null;
        Settings settings = configured;
        if (configured.find("pdbot.imap.host").isEmpty()) {
            sandbox = Sandbox.start(configured.getInt("pdbot.sandbox.smtp-port", 3025),
                    configured.getInt("pdbot.sandbox.imap-port", 3143), configured.get("pdbot.clinic.inbox"),
                    configured.get("pdbot.sandbox.inbox-password", "intake"));
            settings = configured.with(sandbox.settings());
        }
        Components components = null;
        Observability observability = null;
        InboxDrain inbox = null;
        try {
            ExampleLetterhead.refuseRealMail(settings);
            MailEndpoints endpoints = new MailEndpoints(settings);
            Path dropbox = settings.dataDir().resolve("dropbox");
            Files.createDirectories(dropbox);
            settings = settings.with(Map.of(
                    "pdbot.internal.smtp-uri", endpoints.smtpUri(),
                    "pdbot.internal.dropbox-dir", settings.get("pdbot.intake.dropbox-dir", dropbox.toString())));
            components = Components.create(settings, clock);
            boolean shared = Databases.shared(settings);
            // alone on its database, every mail still SENDING was this instance's; shared, only its own and those
            // whose lease ran out (another instance may be sending the rest right now)
            int flagged = components.outbox().flagInterruptedSends(shared ? OutboxStore.Interruption.MINE_AND_EXPIRED
                    : OutboxStore.Interruption.ALL);
            if (flagged > 0) {
                log.warn("{} mail(s) were being sent when pdbot last stopped; marked POSSIBLY_SENT until their archive"
                        + " copies tell whether they went out", flagged);
            }
            Main main = new Main();
            Map<String, Object> props = new HashMap<>();
            settings.asProperties().forEach((k, v) -> props.put((String) k, v));
            props.put("camel.main.name", "pdbot");
            props.put("camel.main.routes-include-pattern",
                    "file:" + settings.path("pdbot.routes-dir", "routes").toAbsolutePath() + "/*.camel.yaml");
            main.setDefaultPropertyPlaceholderLocation("false");
            MailAuthenticator authenticator = MailAuth.from(settings).orElse(null);
            if (authenticator != null) {
                main.bind(MailAuth.BEAN_NAME, authenticator);
            }
            ReusedSmtpConnection smtp = endpoints.smtpConnection(authenticator);
            observability = Observability.create(settings, components.db(), components.directory(),
                    components.composer(), components.mailOutbox(), components.messageIds(), authenticator,
                    Clock.systemUTC());
            props.putAll(observability.camelProperties());
            main.setInitialProperties(props);
            OutboxSender outbox = components.outboxSender();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeStop(BaseMainSupport stopping) {
                    // an idle outbox round would otherwise hold the shutdown up to its poll time (Ctrl-C; close() too)
                    outbox.stopWaiting();
                }
            });
            Leaders leaders = new Leaders(settings);
            DatabaseClusterService cluster = leaders.cluster();
            observability.leadership(cluster, leaders::readsInbox);
            observability.bind(main::bind);
            inbox = new InboxDrain(new ImapInbox(endpoints, authenticator, components.rawStore(),
                    settings.getInt("pdbot.intake.max-messages-per-poll", 20), FETCH_BATCH_BYTES),
                    components.intake(), observability.inboxListener(),
                    settings.getInt("pdbot.intake.threads", Runtime.getRuntime().availableProcessors()),
                    settings.getInt("pdbot.intake.backoff-multiplier", 10));
            // where the copies are looked for: by default the inbox (where the Bcc lands), the folder intake files
            // it in, and the processed folder (notices addressed to the inbox); none without a copy, unless set
            // (a provider's Sent folder: see README, "Interrupted sends")
            Settings running = settings;
            List<String> evidenceFolders = settings.find("pdbot.outbox.evidence-folders").filter(v -> !v.isBlank())
                    .map(v -> running.getList("pdbot.outbox.evidence-folders"))
                    .orElse(components.outboxSender().archiveCopy() == null ? List.of()
                            : List.of(endpoints.imapFolder(), settings.get("pdbot.intake.folder.sent", "pdbot-sent"),
                                    settings.get("pdbot.intake.folder.processed", "pdbot-processed")));
            // leadership: the inbox, the drop folder and the rounds each run on one instance at a time (all of
            // them on this one with H2); the outbox runs everywhere, its claims never overlap
            components.intake().fence(leaders.mailboxFence(), leaders.dropFolderFence());
            main.bind("mailboxLeader", leaders.mailboxLeader());
            main.bind("dropFolderLeader", leaders.dropFolderLeader());
            main.bind("roundsLeader", leaders.roundsLeader());
            Components built = components;
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterConfigure(BaseMainSupport configured) {
                    try {
                        built.stages().use(configured.getCamelContext());
                        configured.getCamelContext().addService(cluster, true, true);
                    } catch (Exception e) {
                        throw new IllegalStateException("Cannot wire the intake stages and leadership: "
                                + e.getMessage(), e);
                    }
                }
            });
            // the beans the routes call, each under its class's name; the inbox is drained and watched with IDLE
            // while the intake-mail route runs (InboxRoutePolicy is its policy)
            new Wiring(main::bind).bind(inbox,
                    new InboxRoutePolicy(inbox, new InboxIdle(endpoints, authenticator, inbox::wake,
                            settings.getBoolean("pdbot.intake.idle", true))),
                    components.intake(), components.outboxSender(), smtp,
                    components.interruptedSends(new ArchiveSearch(endpoints, authenticator, evidenceFolders,
                            settings.get("pdbot.imap.username", ""))),
                    components.tracking().followUps(),
                    new DropFolder(Path.of(settings.get("pdbot.internal.dropbox-dir"))));
            new Wiring(main::bind).bind(components.stageBeans().toArray());
            main.start();
            observability.started(main.getCamelContext());
            return new Bot(sandbox, components, main, observability, inbox, smtp);
        } catch (Exception | Error e) {
            if (inbox != null) {
                inbox.close();
            }
            if (observability != null) {
                observability.close();
            }
            if (components != null) {
                components.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            throw e;
        }
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public Components components() {
        return components;
    }

    public Observability observability() {
        return observability;
    }

    /** The sandbox, when the bot runs on one. */
    public java.util.Optional<Sandbox> sandbox() {
        return java.util.Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        try {
            components.outboxSender().stopWaiting();
            main.stop();
            components.outboxSender().flush(); // a round cut short by the stop leaves none unrecorded
        } finally {
            inbox.close();
            smtp.close();
            observability.close();
            components.close();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
