package org.pdbot.observe;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pdbot.mail.oauth.OAuthMailAuthenticator;
import org.pdbot.store.Database;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;
import org.pdbot.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails the clinic's admin ({@code pdbot.admin.email}) when something needs a person: the inbox has not been
 * read for longer than {@code pdbot.health.max-poll-age-ms}, or the OAuth2 client secret or certificate expires
 * within {@code pdbot.admin.credential-warn-days}. One mail per incident: the next one only after the inbox was
 * read again, or after a credential with another expiry date. The mail goes through the outbox (kind
 * ADMIN_WARNING), so an SMTP outage delays it but does not lose it. Run by the {@code watch} route.
 */
public final class AdminWarnings {

    private static final Logger log = LoggerFactory.getLogger(AdminWarnings.class);
    static final String KIND = "ADMIN_WARNING";

    private final InboxPolls polls;
    private final Duration maxPollAge;
    private final OAuthMailAuthenticator oauth;
    private final int credentialWarnDays;
    private final Incidents incidents;
    private final Database db;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final String clinicInbox;
    private final String admin;
    private final Metrics metrics;
    private final Clock clock;

    AdminWarnings(InboxPolls polls, Duration maxPollAge, OAuthMailAuthenticator oauth, int credentialWarnDays,
                  Incidents incidents, Database db, MailComposer composer, Outbox outbox, MessageIds ids,
                  String clinicInbox, String admin, Metrics metrics, Clock clock) {
        this.polls = polls;
        this.maxPollAge = maxPollAge;
        this.oauth = oauth;
        this.credentialWarnDays = credentialWarnDays;
        this.incidents = incidents;
        this.db = db;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.clinicInbox = clinicInbox;
        this.admin = admin;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One round: opens or closes incidents and queues the warnings due. */
    public synchronized void check() {
        metrics.refresh();
        checkInbox();
        checkCredential();
    }

    private void checkInbox() {
        Instant now = clock.instant();
        InboxPolls.State s = polls.state();
        Duration age = s.sinceLastSuccess(now);
        Optional<String> open = incidents.get("inbox");
        if (age.compareTo(maxPollAge) <= 0) {
            if (open.isPresent() && s.lastSuccess() != null) {
                incidents.close("inbox");
                log.atInfo().addKeyValue("event", "admin.incident_closed").addKeyValue("kind", "inbox")
                        .log("Inbox incident since {} is over", open.get());
            }
            return;
        }
        if (open.isPresent()) {
            return;
        }
        Instant since = s.lastSuccess() != null ? s.lastSuccess() : s.startedAt();
        String subject = "pdbot: the clinic inbox has not been read for " + human(age);
        String text = "pdbot has not been able to read the clinic inbox " + clinicInbox + " since "
                + since.truncatedTo(ChronoUnit.SECONDS) + " (UTC)"
                + (s.lastSuccess() == null ? ", when pdbot started" : "") + ".\n\n"
                + "Last error: " + (s.lastError() == null ? "none reported (the poll did not run)" : s.lastError()) + "\n\n"
                + "Until this is fixed, new cases and OPLA's replies wait in the inbox; none is lost.\n\n"
                + "What to check, on the machine pdbot runs on:\n"
                + "  ./pdbot doctor    connects to the mail servers with pdbot's settings and says what fails\n"
                + "                    (password or token refused, consent missing, TLS, folder missing)\n"
                + "  ./pdbot status    shows whether pdbot runs and when it last read the inbox\n"
                + "  the log           journalctl -u pdbot, lines with event=inbox.poll_failed\n\n"
                + "This is the only mail about this outage. pdbot logs event=inbox.recovered when it reads the inbox again.\n";
        if (queue("inbox", subject, text)) {
            incidents.open("inbox", since.toString());
        }
    }

    private void checkCredential() {
        if (oauth == null || oauth.credentialExpires().isEmpty()) {
            return;
        }
        LocalDate expires = oauth.credentialExpires().get();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(today, expires);
        Optional<String> warned = incidents.get("credential");
        if (days > credentialWarnDays) {
            warned.ifPresent(w -> incidents.close("credential"));
            return;
        }
        if (warned.isPresent() && warned.get().equals(expires.toString())) {
            return;
        }
        String subject = days < 0 ? "pdbot: the OAuth2 client credential expired on " + expires
                : "pdbot: the OAuth2 client credential expires on " + expires;
        String text = "The client secret or certificate pdbot signs in to the mailbox " + oauth.mailbox() + " with ("
                + oauth.describe() + ") " + (days < 0 ? "expired on " : "expires on ") + expires
                + (days >= 0 ? ", in " + days + " day(s)" : "") + ".\n\n"
                + "When it has expired pdbot can neither read the inbox nor send: make a new one before then.\n\n"
                + "Microsoft 365: Entra admin center > App registrations > pdbot > Certificates & secrets >\n"
                + "  New client secret (or upload a new certificate). Put the value in /etc/pdbot/pdbot.env as\n"
                + "  PDBOT_OAUTH_CLIENT_SECRET=... (or the new certificate file), set PDBOT_OAUTH_SECRET_EXPIRES to its\n"
                + "  new expiry date, restart pdbot (systemctl restart pdbot) and run ./pdbot doctor.\n"
                + "Google Workspace: create a new client secret or service-account key in the Google Cloud console,\n"
                + "  replace it in /etc/pdbot the same way, restart and run ./pdbot doctor.\n\n"
                + "This is the only mail about this credential.\n";
        if (queue("credential", subject, text)) {
            incidents.open("credential", expires.toString());
        }
    }

    private boolean queue(String kind, String subject, String text) {
        OutgoingMail mail = new OutgoingMail(clinicInbox, List.of(admin), List.of(), subject, text, null, List.of(),
                ids.newMessageId(), null, List.of(),
                Map.of("Auto-Submitted", "auto-generated", "X-Auto-Response-Suppress", "All"), List.of());
        try {
            var composed = composer.compose(mail);
            db.inTransaction(c -> outbox.enqueue(c, KIND, null, null, composed, mail.recipients()));
        } catch (MessagingException | RuntimeException e) {
            log.atError().addKeyValue("event", "admin.warning_failed").addKeyValue("kind", kind)
                    .log("Cannot queue the warning mail to {}: {}", admin, InboxPolls.describe(e));
            return false;
        }
        metrics.warningSent(kind);
        log.atWarn().addKeyValue("event", "admin.warning").addKeyValue("kind", kind)
                .log("Warning mailed to {}: {}", admin, subject);
        return true;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " seconds";
        }
        if (s < 7200) {
            return s / 60 + " minutes";
        }
        return s / 3600 + " hours";
    }
}
