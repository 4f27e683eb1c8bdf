package org.pdbot.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.component.mail.MailAuthenticator;
import org.pdbot.config.Settings;
import org.pdbot.mail.oauth.OAuthSettings;

/**
 * How pdbot logs in to the mail servers ({@code pdbot.mail.auth}): with the configured passwords, or with
 * OAuth2 access tokens (XOAUTH2) from Microsoft 365 or Google Workspace.
 */
public final class MailAuth {

    /** The registry name the mail endpoints look the authenticator up by ({@code authenticator=#mailAuthenticator}). */
    public static final String BEAN_NAME = "mailAuthenticator";

    public enum Kind {
        PASSWORD, MICROSOFT, GOOGLE, GOOGLE_SERVICE_ACCOUNT;

        public boolean oauth() {
            return this != PASSWORD;
        }

        /** The value of pdbot.mail.auth. */
        public String setting() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private MailAuth() {
    }

    public static Kind kind(Settings settings) {
        String value = settings.get("pdbot.mail.auth", "password").strip().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.setting().equals(value)) {
                return k;
            }
        }
        throw new IllegalStateException("pdbot.mail.auth must be password, microsoft, google or google-service-account,"
                + " not '" + value + "'");
    }

    /**
     * The authenticator to bind as {@link #BEAN_NAME} when pdbot.mail.auth is an OAuth kind; empty for passwords.
     * It is an {@link org.pdbot.mail.oauth.OAuthMailAuthenticator} (token failures, secret expiry). Throws
     * IllegalStateException naming the setting when the configuration is incomplete.
     */
    public static Optional<MailAuthenticator> from(Settings settings) {
        Kind kind = kind(settings);
        return kind.oauth() ? Optional.of(OAuthSettings.authenticator(kind.setting(), settings)) : Optional.empty();
    }

    /** The Angus properties that make a protocol ({@code imap, imaps, smtp, smtps}) log in with XOAUTH2 only. */
    static Map<String, String> xoauth2Properties(String protocol) {
        Map<String, String> p = new LinkedHashMap<>();
        if (protocol.startsWith("smtp")) {
            p.put("mail." + protocol + ".auth", "true");
        }
        p.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
        return p;
    }
}
