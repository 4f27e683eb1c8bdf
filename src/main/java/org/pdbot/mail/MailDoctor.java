package org.pdbot.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.component.mail.MailAuthenticator;
import org.pdbot.config.Settings;
import org.pdbot.mail.DoctorReport.Finding;
import org.pdbot.mail.DoctorReport.Status;
import org.pdbot.mail.oauth.AccessToken;
import org.pdbot.mail.oauth.OAuthMailAuthenticator;
import org.pdbot.mail.oauth.TokenException;

/**
 * Checks a mail configuration for real, the way the bot will use it: gets a token (OAuth), logs in to IMAP,
 * looks for the folders pdbot reads and files mail in (creating them when allowed), and logs in to SMTP.
 * Sends nothing and changes nothing else.
 */
public final class MailDoctor {

    /** A secret expiring within this many days is worth a warning. */
    static final int EXPIRY_WARNING_DAYS = 30;

    private final Settings settings;
    private final Clock clock;
    private final List<Finding> findings = new ArrayList<>();

    public MailDoctor(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    MailDoctor(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public DoctorReport examine(boolean createFolders) {
        findings.clear();
        if (settings.find("pdbot.imap.host").isEmpty()) {
            add(Status.INFO, "Config", "pdbot.imap.host is empty: pdbot runs on its embedded sandbox on this machine,"
                    + " so there is no mail server to check.");
            return new DoctorReport(findings);
        }
        MailEndpoints endpoints;
        MailAuthenticator authenticator;
        try {
            endpoints = new MailEndpoints(settings);
            endpoints.imapServer();
            endpoints.smtpServer();
            authenticator = MailAuth.from(settings).orElse(null);
        } catch (IllegalStateException e) {
            add(Status.FAIL, "Config", e.getMessage());
            return new DoctorReport(findings);
        }
        if (authenticator instanceof OAuthMailAuthenticator oauth && !token(oauth)) {
            add(Status.FAIL, "IMAP", "Not tried: there is no token to log in with.");
            add(Status.FAIL, "SMTP", "Not tried: there is no token to log in with.");
            return new DoctorReport(findings);
        }
        imap(endpoints, authenticator, createFolders);
        smtp(endpoints, authenticator);
        return new DoctorReport(findings);
    }

    private boolean token(OAuthMailAuthenticator oauth) {
        try {
            AccessToken token = oauth.token();
            add(Status.OK, "Token", oauth.describe() + " issued a token for " + oauth.mailbox() + ", valid until "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(token.expiresAt().atZone(ZoneOffset.UTC)) + ".");
        } catch (TokenException e) {
            add(Status.FAIL, "Token", e.getMessage());
            return false;
        }
        oauth.credentialExpires().ifPresent(date -> {
            long days = ChronoUnit.DAYS.between(LocalDate.now(clock), date);
            if (days < 0) {
                add(Status.FAIL, "Secret", "The client secret or certificate expired on " + date + ": renew it in the"
                        + " identity provider and update the configuration.");
            } else if (days <= EXPIRY_WARNING_DAYS) {
                add(Status.WARN, "Secret", "The client secret or certificate expires on " + date + ", in " + days
                        + " day(s): renew it now and update pdbot.oauth.secret-expires.");
            } else {
                add(Status.INFO, "Secret", "The client secret or certificate expires on " + date + ".");
            }
        });
        return true;
    }

    private void imap(MailEndpoints endpoints, MailAuthenticator authenticator, boolean createFolders) {
        MailEndpoints.Server server = endpoints.imapServer();
        Session session = Session.getInstance(endpoints.sessionProperties(server), authenticator);
        Store store = null;
        try {
            store = session.getStore(server.protocol());
            PasswordAuthentication login = login(authenticator, "pdbot.imap");
            store.connect(server.host(), server.port(), login.getUserName(), login.getPassword());
            add(Status.OK, "IMAP", "Logged in to " + server.host() + ":" + server.port() + " " + how(endpoints)
                    + " as " + login.getUserName() + ".");
        } catch (MessagingException | RuntimeException e) {
            add(Status.FAIL, "IMAP", MailProblems.explain(e, server, endpoints.auth(), "IMAP", "pdbot.imap"));
            close(store);
            return;
        }
        try {
            for (Map.Entry<String, String> folder : folders().entrySet()) {
                folder(store, folder.getValue(), folder.getKey(), createFolders);
            }
        } finally {
            close(store);
        }
    }

    /** The folder pdbot polls and the ones it files intake mail in (pdbot.intake.folder.*), by the setting naming each. */
    private Map<String, String> folders() {
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put("pdbot.imap.folder", settings.get("pdbot.imap.folder", "INBOX"));
        Map<String, String> intake = new TreeMap<>();
        settings.asProperties().forEach((k, v) -> {
            if (k.toString().startsWith("pdbot.intake.folder.") && !v.toString().isBlank()) {
                intake.put(k.toString(), v.toString().strip());
            }
        });
        folders.putAll(intake);
        return folders;
    }

    private void folder(Store store, String name, String key, boolean create) {
        try {
            Folder folder = store.getFolder(name);
            if (folder.exists()) {
                add(Status.OK, "Folder", name + " (" + key + ") exists.");
            } else if (create && folder.create(Folder.HOLDS_MESSAGES)) {
                add(Status.OK, "Folder", name + " (" + key + ") was missing and is now created.");
            } else if (create) {
                add(Status.FAIL, "Folder", name + " (" + key + ") is missing and the server did not let pdbot create"
                        + " it: create it in a mail client, or name an existing folder in " + key + ".");
            } else {
                add(Status.FAIL, "Folder", name + " (" + key + ") is missing: run ./pdbot doctor --create-folders,"
                        + " create it in a mail client, or name an existing folder in " + key + ".");
            }
        } catch (MessagingException e) {
            add(Status.FAIL, "Folder", name + " (" + key + ") cannot be checked: " + e.getMessage());
        }
    }

    private void smtp(MailEndpoints endpoints, MailAuthenticator authenticator) {
        MailEndpoints.Server server = endpoints.smtpServer();
        Session session = Session.getInstance(endpoints.sessionProperties(server), authenticator);
        Transport transport = null;
        try {
            transport = session.getTransport(server.protocol());
            boolean login = authenticator != null || settings.find("pdbot.smtp.username").isPresent();
            PasswordAuthentication pa = login ? login(authenticator, "pdbot.smtp") : new PasswordAuthentication(null, null);
            transport.connect(server.host(), server.port(), pa.getUserName(), pa.getPassword());
            add(Status.OK, "SMTP", "Connected to " + server.host() + ":" + server.port() + " " + how(endpoints)
                    + (login ? " and logged in as " + pa.getUserName() : " without logging in (no pdbot.smtp.username)")
                    + "; nothing was sent.");
        } catch (MessagingException | RuntimeException e) {
            add(Status.FAIL, "SMTP", MailProblems.explain(e, server, endpoints.auth(), "SMTP", "pdbot.smtp"));
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the check is over; a failing QUIT changes nothing
                }
            }
        }
    }

    /** Exactly what Camel does before each connect: the authenticator's user and token, or the configured password. */
    private PasswordAuthentication login(MailAuthenticator authenticator, String prefix) {
        if (authenticator != null) {
            return authenticator.getPasswordAuthentication();
        }
        return new PasswordAuthentication(settings.get(prefix + ".username"), settings.get(prefix + ".password", ""));
    }

    private static String how(MailEndpoints endpoints) {
        String tls = switch (endpoints.security()) {
            case TLS -> "over TLS";
            case STARTTLS -> "with STARTTLS";
            case NONE -> "without TLS (this machine only)";
        };
        return tls + (endpoints.auth().oauth() ? " with XOAUTH2" : "");
    }

    private static void close(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // nothing to do: the check is over
            }
        }
    }

    private void add(Status status, String subject, String message) {
        findings.add(new Finding(status, subject, message));
    }
}
