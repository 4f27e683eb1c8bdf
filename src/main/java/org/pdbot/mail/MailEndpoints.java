package org.pdbot.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.camel.component.mail.MailAuthenticator;
import org.pdbot.config.Settings;

/**
 * How pdbot reaches its mail servers: the IMAP connection to the clinic inbox, and the camel-mail URI of the
 * outgoing SMTP server with the {@link ReusedSmtpConnection} behind it, built from the {@code pdbot.imap.*},
 * {@code pdbot.smtp.*}, {@code pdbot.mail.security} and {@code pdbot.mail.auth} settings.
 * Security is not optional: a server that is not on this machine is only reached over TLS, with its
 * certificate and host name checked. With OAuth both take user and token from the authenticator
 * ({@link MailAuth#BEAN_NAME}) and log in with XOAUTH2.
 */
public final class MailEndpoints {

    /** One server as the mail library sees it: protocol (imap, imaps, smtp, smtps), host and port. */
    record Server(String protocol, String host, int port) {

        boolean tls() {
            return protocol.endsWith("s");
        }
    }

    /** A mail is read in pieces of this size: a 25 MB attachment in 7 round trips, not 1,600 of Angus's 16 KB. */
    public static final int IMAP_FETCH_SIZE = 4 * 1024 * 1024;

    private final Settings settings;
    private final MailSecurity security;
    private final MailAuth.Kind auth;

    public MailEndpoints(Settings settings) {
        this.settings = settings;
        this.security = MailSecurity.parse(settings.get("pdbot.mail.security", "tls"));
        this.auth = MailAuth.kind(settings);
        requireTlsOffLoopback("pdbot.imap.host");
        requireTlsOffLoopback("pdbot.smtp.host");
    }

    /** The folder pdbot reads intake mail from ({@code pdbot.imap.folder}). */
    public String imapFolder() {
        return settings.get("pdbot.imap.folder", "INBOX");
    }

    /**
     * A store connected to the clinic inbox's server, logged in as the mail endpoints log in: with the
     * authenticator's user and current token (XOAUTH2) when one is given, otherwise with pdbot.imap.username and
     * password. {@code readTimeoutMs} overrides pdbot.mail.timeout-ms for reads (an IDLE waits longer).
     */
    public Store connectImap(MailAuthenticator authenticator, long readTimeoutMs) throws MessagingException {
        Server imap = imapServer();
        Properties p = sessionProperties(imap);
        p.setProperty("mail." + imap.protocol() + ".timeout", String.valueOf(readTimeoutMs));
        // read a mail as it is on the server, without setting \Seen: pdbot files the mail itself
        p.setProperty("mail." + imap.protocol() + ".peek", "true");
        Session session = Session.getInstance(p, authenticator);
        Store store = session.getStore(imap.protocol());
        PasswordAuthentication login = authenticator != null ? authenticator.getPasswordAuthentication()
                : new PasswordAuthentication(settings.get("pdbot.imap.username"), settings.get("pdbot.imap.password", ""));
        store.connect(imap.host(), imap.port(), login.getUserName(), login.getPassword());
        return store;
    }

    /** pdbot.mail.timeout-ms: how long a connect or a read may take. */
    public long timeoutMs() {
        return settings.getLong("pdbot.mail.timeout-ms", 30000);
    }

    /**
     * The SMTP endpoint: it sends through the {@link ReusedSmtpConnection} bound as
     * {@link ReusedSmtpConnection#BEAN_NAME}, which holds the server, TLS and login settings.
     */
    public String smtpUri() {
        Server smtp = smtpServer();
        return smtp.protocol() + "://" + smtp.host() + ":" + smtp.port() + "?javaMailSender=#"
                + ReusedSmtpConnection.BEAN_NAME;
    }

    /** The sender behind {@link #smtpUri}; {@code authenticator} is MailAuth's for OAuth, else null. */
    public ReusedSmtpConnection smtpConnection(MailAuthenticator authenticator) {
        Server smtp = smtpServer();
        if (auth.oauth() && authenticator == null) {
            throw new IllegalStateException("pdbot.mail.auth is " + auth.setting() + ": the SMTP login needs its authenticator");
        }
        Properties properties = sessionProperties(smtp);
        if (!smtp.tls()) {
            // plain or STARTTLS: the kept connection's socket sends each write at once (implicit TLS keeps the JDK's)
            properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        }
        return new ReusedSmtpConnection(smtp, properties, settings.find("pdbot.smtp.username").orElse(null),
                settings.get("pdbot.smtp.password", ""), auth.oauth() ? authenticator : null);
    }

    Server imapServer() {
        String protocol = security == MailSecurity.TLS ? "imaps" : "imap";
        return new Server(protocol, settings.get("pdbot.imap.host"),
                settings.getInt("pdbot.imap.port", security == MailSecurity.TLS ? 993 : 143));
    }

    Server smtpServer() {
        String protocol = security == MailSecurity.TLS ? "smtps" : "smtp";
        return new Server(protocol, settings.get("pdbot.smtp.host"),
                settings.getInt("pdbot.smtp.port", security == MailSecurity.TLS ? 465 : 587));
    }

    MailSecurity security() {
        return security;
    }

    MailAuth.Kind auth() {
        return auth;
    }

    /** The mail-library properties the endpoint for {@code server} uses, for a session of one's own (the doctor). */
    Properties sessionProperties(Server server) {
        Properties p = new Properties();
        String prefix = "mail." + server.protocol() + ".";
        p.setProperty(prefix + "connectiontimeout", String.valueOf(timeoutMs()));
        p.setProperty(prefix + "timeout", String.valueOf(timeoutMs()));
        p.setProperty(prefix + "writetimeout", String.valueOf(timeoutMs()));
        if (!auth.oauth() && server.protocol().startsWith("smtp") && settings.find("pdbot.smtp.username").isPresent()) {
            p.setProperty(prefix + "auth", "true");
        }
        p.putAll(options(server.protocol()));
        return p;
    }

    /** The TLS and login options of one protocol, as {@code mail.*} properties. */
    private Map<String, String> options(String protocol) {
        Map<String, String> o = new LinkedHashMap<>();
        String p = "mail." + protocol + ".";
        switch (security) {
            case TLS -> {
                o.put(p + "ssl.enable", "true");
                o.put(p + "ssl.checkserveridentity", "true");
            }
            case STARTTLS -> {
                o.put(p + "starttls.enable", "true");
                o.put(p + "starttls.required", "true");
                o.put(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        if (protocol.startsWith("imap")) {
            o.put(p + "fetchsize", String.valueOf(IMAP_FETCH_SIZE));
        }
        if (auth.oauth()) {
            o.putAll(MailAuth.xoauth2Properties(protocol));
        }
        return o;
    }

    private void requireTlsOffLoopback(String hostKey) {
        String host = settings.get(hostKey);
        if (security == MailSecurity.NONE && !isLoopback(host)) {
            throw new IllegalStateException(hostKey + " is " + host + ", which is not this machine: pdbot.mail.security"
                    + " must be tls or starttls for it (none is allowed only for 127.0.0.1/localhost)");
        }
    }

    /** True when every address of {@code host} is this machine (127.0.0.1, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
