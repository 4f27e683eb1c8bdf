package org.pdbot.mail;

import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.pdbot.mail.oauth.TokenUnavailableException;

/** Why a connection to a mail server failed, in words a clinic's IT person can act on. */
final class MailProblems {

    private MailProblems() {
    }

    /** {@code service} is "IMAP" or "SMTP"; {@code prefix} the settings it comes from ("pdbot.imap"). */
    static String explain(Exception failure, MailEndpoints.Server server, MailAuth.Kind auth, String service, String prefix) {
        String where = server.host() + ":" + server.port();
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        // the most specific cause wins: a certificate problem arrives wrapped in an SSLHandshakeException
        for (Throwable t : chain) {
            if (t instanceof TokenUnavailableException) {
                return t.getMessage();
            }
        }
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException) {
                return "The host name '" + server.host() + "' is unknown (DNS): check " + prefix + ".host.";
            }
            if (t instanceof ConnectException) {
                return "Nothing accepts connections at " + where + " (connection refused): check " + prefix
                        + ".port (" + usualPorts(service) + ") and that the server is up.";
            }
            if (t instanceof SocketTimeoutException) {
                return "No answer from " + where + ": a firewall may drop the connection, or " + prefix
                        + ".port is wrong (" + usualPorts(service) + ").";
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || String.valueOf(t.getMessage()).contains("PKIX path")) {
                return "The TLS certificate of " + where + " is not trusted by this Java (self-signed or a private"
                        + " CA): add the CA certificate to Java's trust store. pdbot never turns certificate checks off.";
            }
            if (hostnameMismatch(t)) {
                return "The TLS certificate of " + where + " does not name " + server.host() + ": set " + prefix
                        + ".host to the name on the certificate (" + t.getMessage() + ").";
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SSLHandshakeException || t instanceof CertificateException) {
                return "TLS with " + where + " failed (" + t.getMessage() + "): the server's certificate or TLS"
                        + " version is not accepted.";
            }
            if (t instanceof SSLException) {
                return where + " does not speak TLS right away (" + t.getMessage() + "): with pdbot.mail.security=tls"
                        + " use the TLS port (" + usualPorts(service) + "); for IMAP 143 or SMTP 587 set"
                        + " pdbot.mail.security=starttls.";
            }
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("starttls")) {
                return where + " does not offer STARTTLS (" + t.getMessage() + "): use pdbot.mail.security=tls with"
                        + " the TLS port (" + usualPorts(service) + ").";
            }
        }
        if (failure instanceof AuthenticationFailedException) {
            return loginRefused(failure, server, auth, service, prefix);
        }
        return service + " at " + where + " failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static String loginRefused(Exception failure, MailEndpoints.Server server, MailAuth.Kind auth,
            String service, String prefix) {
        String said = failure.getMessage() == null || failure.getMessage().isBlank() ? ""
                : " (server said: " + failure.getMessage().strip() + ")";
        String host = server.host().toLowerCase(Locale.ROOT);
        boolean google = host.endsWith("gmail.com") || host.endsWith("googlemail.com") || host.endsWith("google.com");
        boolean microsoft = host.endsWith("office365.com") || host.endsWith("outlook.com") || host.endsWith("microsoft.com");
        return switch (auth) {
            case PASSWORD -> {
                if (google) {
                    yield "Google refused the password" + said + ". Google no longer accepts account passwords for"
                            + " IMAP and SMTP: use an app password (needs 2-Step Verification) or OAuth with"
                            + " pdbot.mail.auth=google or google-service-account.";
                }
                if (microsoft) {
                    yield "Microsoft 365 refused the password" + said + ". Basic authentication is disabled in"
                            + " Exchange Online for IMAP (and by default for SMTP from the end of 2026): use"
                            + " pdbot.mail.auth=microsoft.";
                }
                yield service + " refused the user name or password" + said + ": check " + prefix + ".username and "
                        + prefix + ".password.";
            }
            case MICROSOFT -> "Microsoft issued a token but " + service + " refused it" + said + ". Usually the app"
                    + " is not allowed into this mailbox: register its service principal in Exchange Online"
                    + " (New-ServicePrincipal) and give it the mailbox (Add-MailboxPermission -AccessRights FullAccess),"
                    + " check that IMAP.AccessAsApp and SMTP.SendAsApp have admin consent, and for SMTP that"
                    + " authenticated SMTP is on for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false).";
            case GOOGLE, GOOGLE_SERVICE_ACCOUNT -> "Google issued a token but " + service + " refused it" + said
                    + ": check that pdbot.imap.username is the mailbox the token was granted for, that IMAP is on"
                    + " for the user, and that the scope is https://mail.google.com/.";
        };
    }

    private static boolean hostnameMismatch(Throwable t) {
        String m = String.valueOf(t.getMessage());
        return m.contains("Can't verify identity of server") || m.contains("No subject alternative")
                || m.contains("No name matching");
    }

    private static String usualPorts(String service) {
        return "IMAP".equals(service) ? "IMAP over TLS is 993, with STARTTLS 143" : "SMTP over TLS is 465, with STARTTLS 587";
    }
}
