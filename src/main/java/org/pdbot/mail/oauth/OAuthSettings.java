package org.pdbot.mail.oauth;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.pdbot.config.Settings;

/**
 * Builds the authenticator for {@code pdbot.mail.auth} = microsoft, google or google-service-account from the
 * {@code pdbot.oauth.*} settings, refusing an incomplete or unsafe configuration with a message that names
 * the setting to fix.
 */
public final class OAuthSettings {

    private OAuthSettings() {
    }

    /** {@code kind} is the value of pdbot.mail.auth. */
    public static OAuthMailAuthenticator authenticator(String kind, Settings settings) {
        return authenticator(kind, settings, Clock.systemUTC());
    }

    /** As {@link #authenticator(String, Settings)}, with the clock token lifetimes are measured by. */
    public static OAuthMailAuthenticator authenticator(String kind, Settings s, Clock clock) {
        String mailbox = s.find("pdbot.imap.username").orElseThrow(() -> new IllegalStateException(
                "pdbot.mail.auth=" + kind + " needs pdbot.imap.username: the mailbox address the tokens are for"));
        s.find("pdbot.smtp.username").filter(u -> !u.equalsIgnoreCase(mailbox)).ifPresent(u -> {
            throw new IllegalStateException("pdbot.smtp.username (" + u + ") differs from pdbot.imap.username (" + mailbox
                    + "): with OAuth both log in as the same mailbox; leave pdbot.smtp.username empty");
        });
        Duration timeout = s.getMillis("pdbot.mail.timeout-ms", 30000);
        LocalDate expires = s.find("pdbot.oauth.secret-expires").map(OAuthSettings::date).orElse(null);
        TokenProvider provider = switch (kind) {
            case "microsoft" -> {
                String tenant = required(s, kind, "pdbot.oauth.tenant");
                String clientId = required(s, kind, "pdbot.oauth.client-id");
                Secret secret = secret(s, "pdbot.oauth.client-secret");
                SigningKey certificate = s.find("pdbot.oauth.certificate")
                        .map(p -> SigningKey.load(path(p), secret(s, "pdbot.oauth.certificate-password"))).orElse(null);
                if ((secret == null) == (certificate == null)) {
                    throw new IllegalStateException("pdbot.mail.auth=microsoft needs exactly one of pdbot.oauth.client-secret"
                            + " and pdbot.oauth.certificate");
                }
                if (certificate != null && expires == null) {
                    expires = certificate.certificate().map(c -> c.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate())
                            .orElse(null);
                }
                URI uri = URI.create(s.get("pdbot.oauth.token-endpoint", MicrosoftClientCredentials.DEFAULT_ENDPOINT)
                        .replace("{tenant}", tenant));
                yield new MicrosoftClientCredentials(tenant, clientId, secret, certificate,
                        s.get("pdbot.oauth.scope", MicrosoftClientCredentials.DEFAULT_SCOPE),
                        new TokenEndpoint(uri, Flow.MICROSOFT, timeout, clock), clock);
            }
            case "google" -> {
                String clientId = required(s, kind, "pdbot.oauth.client-id");
                Secret secret = requiredSecret(s, kind, "pdbot.oauth.client-secret");
                Secret refresh = requiredSecret(s, kind, "pdbot.oauth.refresh-token");
                URI uri = URI.create(s.get("pdbot.oauth.token-endpoint", GoogleRefreshToken.DEFAULT_ENDPOINT));
                yield new GoogleRefreshToken(clientId, secret, refresh,
                        new TokenEndpoint(uri, Flow.GOOGLE_REFRESH_TOKEN, timeout, clock));
            }
            case "google-service-account" -> {
                ServiceAccountKey key = ServiceAccountKey.read(path(required(s, kind, "pdbot.oauth.service-account-key")));
                String endpoint = s.find("pdbot.oauth.token-endpoint")
                        .orElse(key.tokenUri().isEmpty() ? GoogleRefreshToken.DEFAULT_ENDPOINT : key.tokenUri());
                yield new GoogleServiceAccount(key, mailbox, s.get("pdbot.oauth.scope", GoogleServiceAccount.SCOPE),
                        new TokenEndpoint(URI.create(endpoint), Flow.GOOGLE_SERVICE_ACCOUNT, timeout, clock), clock);
            }
            default -> throw new IllegalStateException("pdbot.mail.auth must be password, microsoft, google or"
                    + " google-service-account, not '" + kind + "'");
        };
        return new OAuthMailAuthenticator(mailbox, provider, clock, expires);
    }

    private static String required(Settings s, String kind, String key) {
        return s.find(key).orElseThrow(() -> new IllegalStateException("pdbot.mail.auth=" + kind + " needs " + key
                + " (" + Settings.envName(key) + ")"));
    }

    private static Secret requiredSecret(Settings s, String kind, String key) {
        Secret secret = secret(s, key);
        if (secret == null) {
            throw new IllegalStateException("pdbot.mail.auth=" + kind + " needs " + key + ": set " + Settings.envName(key)
                    + " in the environment, or " + key + "=file:/path/to/a/file holding it");
        }
        return secret;
    }

    /** A secret from the environment or a file; written into application.properties it is refused. */
    private static Secret secret(Settings s, String key) {
        String value = s.find(key).orElse(null);
        if (value == null) {
            return null;
        }
        if (!value.startsWith("file:") && value.equals(inPropertiesFile(s.configDir(), key))) {
            throw new IllegalStateException(key + " is written in " + s.configDir().resolve("application.properties")
                    + ": secrets belong in the environment (" + Settings.envName(key) + ") or in a file named by "
                    + key + "=file:/path; remove it from the file");
        }
        return Secret.resolve(key, value);
    }

    private static String inPropertiesFile(Path configDir, String key) {
        Path file = configDir.resolve("application.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return null;
        }
        String v = p.getProperty(key);
        return v == null ? null : v.strip();
    }

    private static Path path(String setting) {
        return Path.of(setting.startsWith("file:") ? setting.substring("file:".length()) : setting);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("pdbot.oauth.secret-expires must be a date like 2026-12-31, not '" + value + "'");
        }
    }
}
