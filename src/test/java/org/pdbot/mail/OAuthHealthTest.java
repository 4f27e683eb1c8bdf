package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/**
 * The whole bot on OAuth2 (XOAUTH2 against GreenMail, tokens from a local token endpoint): a revoked refresh
 * token makes it not alive with an error that says what to do, and a client secret about to expire gets the
 * admin exactly one warning mail, also across a restart.
 */
class OAuthHealthTest {

    private static final String ADMIN = "it-admin@clinic.test";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    private OAuthMailbox mail;

    @BeforeEach
    void start() throws Exception {
        mail = new OAuthMailbox();
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private Map<String, String> settings(Map<String, String> more) {
        Map<String, String> s = new HashMap<>();
        s.put("pdbot.imap.host", "127.0.0.1");
        s.put("pdbot.imap.port", String.valueOf(mail.greenMail.getImap().getPort()));
        s.put("pdbot.imap.username", OAuthMailbox.MAILBOX);
        s.put("pdbot.smtp.host", "127.0.0.1");
        s.put("pdbot.smtp.port", String.valueOf(mail.greenMail.getSmtp().getPort()));
        s.put("pdbot.mail.security", "none");
        s.put("pdbot.mail.timeout-ms", "5000");
        s.put("pdbot.oauth.token-endpoint", mail.tokens.uri().toString());
        s.put("pdbot.http.port", "0");
        s.put("pdbot.health.max-poll-age-ms", "1500");
        s.put("pdbot.health.check-ms", "200");
        s.put("pdbot.admin.email", ADMIN);
        s.putAll(more);
        return s;
    }

    private java.util.List<String> toAdmin() {
        try {
            return mail.receivedBy(ADMIN);
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRevokedRefreshTokenMakesPdbotNotAliveWithAnErrorThatSaysWhatToDo() throws Exception {
        mail.tokens.refuse(400, "invalid_grant", "Token has been expired or revoked.");
        try (RunningBot bot = RunningBot.start(data, settings(Map.of("pdbot.mail.auth", "google",
                "pdbot.oauth.client-id", "123.apps.googleusercontent.com", "pdbot.oauth.client-secret", "GOCSPX-secret",
                "pdbot.oauth.refresh-token", "1//refresh")))) {
            Observe observe = new Observe(data);

            await(() -> observe.liveness() == 503, DEADLINE, () -> "not alive without a token");
            assertThat(observe.health()).contains("refresh token is revoked or expired").contains("pdbot.oauth.refresh-token")
                    .doesNotContain("1//refresh").doesNotContain("GOCSPX-secret");
            assertThat(observe.metric("pdbot_oauth_token_failures_total")).isPositive();

            mail.tokens.accept();

            await(() -> observe.liveness() == 200, DEADLINE, () -> "alive with a new refresh token: " + observe.health());
        }
    }

    @Test
    void aClientSecretAboutToExpireGetsTheAdminOneWarningMailAlsoAcrossARestart() throws Exception {
        LocalDate expires = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Map<String, String> settings = settings(Map.of("pdbot.mail.auth", "microsoft",
                "pdbot.oauth.tenant", "clinic.onmicrosoft.com", "pdbot.oauth.client-id", "app-1",
                "pdbot.oauth.client-secret", "s3cret-value", "pdbot.oauth.secret-expires", expires.toString()));
        try (RunningBot bot = RunningBot.start(data, settings)) {
            Observe observe = new Observe(data);
            await(() -> toAdmin().size() == 1, DEADLINE, () -> "one warning mail");
            double rounds = observe.routeExchanges("watch");
            await(() -> observe.routeExchanges("watch") >= rounds + 5, DEADLINE, () -> "five more watch rounds");

            assertThat(toAdmin()).singleElement().asString()
                    .isEqualTo("pdbot: the OAuth2 client credential expires on " + expires);
            assertThat(observe.metric("pdbot_oauth_credential_expiry_timestamp_seconds"))
                    .isEqualTo((double) expires.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            assertThat(observe.metric("pdbot_admin_warnings_total{kind=\"credential\"}")).isEqualTo(1.0);
        }
        try (RunningBot again = RunningBot.start(data, settings)) {
            Observe observe = new Observe(data);
            await(() -> observe.routeExchanges("watch") >= 5 && observe.liveness() == 200, DEADLINE,
                    () -> "five watch rounds after the restart");
            assertThat(observe.metric("pdbot_admin_warnings_total{kind=\"credential\"}")).isZero();
            assertThat(toAdmin()).hasSize(1);
        }
    }
}
