package org.pdbot.mail;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.pdbot.config.Settings;

/**
 * The camel-mail endpoint URIs for the clinic inbox and the outgoing SMTP server, built from the
 * {@code pdbot.imap.*}, {@code pdbot.smtp.*} and {@code pdbot.mail.security} settings. Security is not
 * optional: a server that is not on this machine is only reached over TLS, with its certificate and host
 * name checked.
 */
public final class MailEndpoints {

    private final Settings settings;
    private final MailSecurity security;

    public MailEndpoints(Settings settings) {
        this.settings = settings;
        this.security = MailSecurity.parse(settings.get("pdbot.mail.security", "tls"));
        requireTlsOffLoopback("pdbot.imap.host");
        requireTlsOffLoopback("pdbot.smtp.host");
    }

    public String imapUri() {
        String scheme = security == MailSecurity.TLS ? "imaps" : "imap";
        String host = settings.get("pdbot.imap.host");
        int port = settings.getInt("pdbot.imap.port", security == MailSecurity.TLS ? 993 : 143);
        StringBuilder uri = new StringBuilder(scheme + "://" + host + ":" + port
                + "?username=" + enc(settings.get("pdbot.imap.username"))
                + "&password=" + raw(settings.get("pdbot.imap.password"))
                + "&folderName=" + enc(settings.get("pdbot.imap.folder", "INBOX"))
                + "&delay=" + settings.getLong("pdbot.intake.poll-delay-ms", 2000)
                + "&initialDelay=500"
                + "&maxMessagesPerPoll=" + settings.getInt("pdbot.intake.max-messages-per-poll", 20)
                // the raw message goes to pdbot's own parser; Camel's mapping would read every part up front
                + "&mapMailMessage=false&peek=true&unseen=true"
                + "&connectionTimeout=" + settings.getLong("pdbot.mail.timeout-ms", 30000));
        uri.append(securityOptions(scheme));
        return uri.toString();
    }

    public String smtpUri() {
        String scheme = security == MailSecurity.TLS ? "smtps" : "smtp";
        String host = settings.get("pdbot.smtp.host");
        int port = settings.getInt("pdbot.smtp.port", security == MailSecurity.TLS ? 465 : 587);
        StringBuilder uri = new StringBuilder(scheme + "://" + host + ":" + port
                + "?connectionTimeout=" + settings.getLong("pdbot.mail.timeout-ms", 30000)
                + "&mail." + scheme + ".writetimeout=" + settings.getLong("pdbot.mail.timeout-ms", 30000));
        settings.find("pdbot.smtp.username").ifPresent(u -> uri.append("&username=").append(enc(u))
                .append("&password=").append(raw(settings.get("pdbot.smtp.password", ""))));
        uri.append(securityOptions(scheme));
        return uri.toString();
    }

    private String securityOptions(String scheme) {
        String p = "&mail." + scheme + ".";
        return switch (security) {
            case TLS -> p + "ssl.enable=true" + p + "ssl.checkserveridentity=true";
            case STARTTLS -> p + "starttls.enable=true" + p + "starttls.required=true" + p + "ssl.checkserveridentity=true";
            case NONE -> "";
        };
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
