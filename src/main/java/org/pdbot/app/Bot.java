package org.pdbot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.camel.main.Main;
import org.pdbot.config.Settings;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.pdbot.mail.MailAuth;
import org.pdbot.submit.OutboxSender;
import org.pdbot.mail.ReusedSmtpConnection;
import org.pdbot.mail.MailEndpoints;
import org.pdbot.observe.InboxPolls;
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

    private final Sandbox sandbox;
    private final Components components;
    private final Main main;
    private final Observability observability;
    private final ReusedSmtpConnection smtp;

    private Bot(Sandbox sandbox, Components components, Main main, Observability observability,
                ReusedSmtpConnection smtp) {
        this.smtp = smtp;
        this.sandbox = sandbox;
        this.components = components;
        this.main = main;
        this.observability = observability;
    }

    public static Bot start(Settings configured) throws Exception {
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
        try {
            MailEndpoints endpoints = new MailEndpoints(settings);
            Path dropbox = settings.dataDir().resolve("dropbox");
            Files.createDirectories(dropbox);
            settings = settings.with(Map.of(
                    // the poll watch tells a real read of the inbox from a poll that failed quietly
                    "pdbot.internal.imap-uri", endpoints.imapUri() + InboxPolls.URI_OPTIONS,
                    "pdbot.internal.smtp-uri", endpoints.smtpUri(),
                    "pdbot.internal.dropbox-dir", settings.get("pdbot.intake.dropbox-dir", dropbox.toString())));
            components = Components.create(settings);
            int flagged = components.outbox().flagInterruptedSends();
            if (flagged > 0) {
                log.warn("{} mail(s) were being sent when pdbot last stopped; marked POSSIBLY_SENT, check before resending",
                        flagged);
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
            main.bind(ReusedSmtpConnection.BEAN_NAME, smtp);
            observability = Observability.create(settings, components.db(), components.directory(),
                    components.composer(), components.mailOutbox(), components.messageIds(), authenticator,
                    Clock.systemUTC());
            props.putAll(observability.camelProperties());
            main.setInitialProperties(props);
            OutboxSender outbox = components.outboxSender();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeStop(BaseMainSupport stopping) {
                    outbox.stopWaiting(); // an idle outbox round would otherwise hold the shutdown up to its poll time
                }
            });
            observability.bind(main::bind);
            main.bind("inboundMailFirewall", new org.pdbot.intake.InboundMailFirewall());
            main.bind("intake", components.intake());
            main.bind("outbox", components.outboxSender());
            main.bind("followUps", components.tracking().followUps());
            main.bind("dropFolder", new org.pdbot.intake.DropFolder(Path.of(settings.get("pdbot.internal.dropbox-dir"))));
            main.start();
            observability.started(main.getCamelContext());
            return new Bot(sandbox, components, main, observability, smtp);
        } catch (Exception | Error e) {
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
            main.stop();
        } finally {
            smtp.close();
            observability.close();
            components.close();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
