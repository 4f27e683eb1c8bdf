package org.pdbot.mail;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.component.mail.MailAuthenticator;
import org.pdbot.config.Settings;

/**
 * The camel-mail endpoint URIs for the clinic inbox and the outgoing SMTP server, built from the
 * {@code pdbot.imap.*}, {@code pdbot.smtp.*}, {@code pdbot.mail.security} and {@code pdbot.mail.auth} settings.
 * Security is not optional: a server that is not on this machine is only reached over TLS, with its
 * certificate and host name checked. With OAuth both endpoints take user and token from the authenticator
 * bound as {@link MailAuth#BEAN_NAME} and log in with XOAUTH2.
 */
public final class MailEndpoints {

    /** One server as the mail library sees it: protocol (imap, imaps, smtp, smtps), host and port. */
    record Server(String protocol, String host, int port) {

        boolean tls() {
            return protocol.endsWith("s");
        }
    }

    private static final int IMAP_FETCH_SIZE = 4 * 1024 * 1024;

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

    public String imapUri() {
        Server imap = imapServer();
        StringBuilder uri = new StringBuilder(imap.protocol() + "://" + imap.host() + ":" + imap.port()
                + "?" + login("pdbot.imap.username", "pdbot.imap.password")
                + "&folderName=" + enc(settings.get("pdbot.imap.folder", "INBOX"))
                + "&delay=" + settings.getLong("pdbot.intake.poll-delay-ms", 2000)
                + "&initialDelay=500"
                + "&maxMessagesPerPoll=" + settings.getInt("pdbot.intake.max-messages-per-poll", 20)
                // the raw message goes to pdbot's own parser; Camel's mapping would read every part up front.
                // Every undeleted inbox mail is read, seen or not: a person may have opened it first, or a crash
                // may have left it flagged seen before it was filed (filed mail leaves the inbox).
                + "&mapMailMessage=false&peek=true&unseen=false"
                // none of the mail's own headers become Camel headers (see RawMailBinding)
                + "&binding=#class:" + RawMailBinding.class.getName()
                // read a mail in 1 MB pieces, not Angus's default 16 KB: one round trip per piece
                + "&mail." + imap.protocol() + ".fetchsize=1048576"
                + "&connectionTimeout=" + timeoutMs()
                // while the server is unreachable, poll less often: after 3 failed polls, skip this many
                + "&backoffErrorThreshold=3&backoffMultiplier=" + settings.getInt("pdbot.intake.backoff-multiplier", 10));
        options(imap.protocol()).forEach((k, v) -> uri.append('&').append(k).append('=').append(v));
        return uri.toString();
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
        return new ReusedSmtpConnection(smtp, sessionProperties(smtp), settings.find("pdbot.smtp.username").orElse(null),
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
            // a mail is read in 4 MB pieces, not 16 KB ones: a 25 MB attachment in 7 round trips, not 1,600
            o.put(p + "fetchsize", String.valueOf(IMAP_FETCH_SIZE));
        }
        if (auth.oauth()) {
            o.putAll(MailAuth.xoauth2Properties(protocol));
        }
        return o;
    }

    /** With OAuth the authenticator supplies user and token on every connect; otherwise the configured password. */
    private String login(String userKey, String passwordKey) {
        if (auth.oauth()) {
            return "authenticator=#" + MailAuth.BEAN_NAME;
        }
        return "username=" + enc(settings.get(userKey)) + "&password=" + raw(settings.get(passwordKey));
    }

    private long timeoutMs() {
        return settings.getLong("pdbot.mail.timeout-ms", 30000);
    }

    private void requireTlsOffLoopback(String hostKey) {
        String host = settings.get(hostKey);
        if (security == MailSecurity.NONE && !isLoopback(host)) {
            throw new IllegalStateException(hostKey + " is " + host + ", which is not this machine: pdbot.mail.security"
                    + " must be tls or starttls for it (none is allowed only for 127.0.0.1/localhost)");
        }
    }

    static boolean isLoopback(String host) {
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

    /** Camel takes a RAW() value as is; RAW{} when the secret itself holds a parenthesis. */
    private static String raw(String secret) {
        return secret.contains(")") ? "RAW{" + secret + "}" : "RAW(" + secret + ")";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
