package org.pdbot.mail.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;
import org.pdbot.testing.TokenServer;
import org.slf4j.LoggerFactory;

/** Client secrets, refresh tokens and access tokens never reach a log line, a toString or the repository. */
class OAuthSecretsLeakTest {

    private static final String SECRET = "GOCSPX-very-secret";
    private static final String REFRESH = "1//refresh-token-value";

    @TempDir
    Path tmp;

    private TokenServer tokens;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void start() throws Exception {
        tokens = TokenServer.start();
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        tokens.close();
    }

    private Settings google(Path configDir, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("pdbot.mail.auth", "google", "pdbot.imap.username", "intake@clinic.test",
                "pdbot.oauth.client-id", "123.apps.googleusercontent.com", "pdbot.oauth.client-secret", SECRET,
                "pdbot.oauth.refresh-token", REFRESH, "pdbot.oauth.token-endpoint", tokens.uri().toString()));
        values.putAll(more);
        return Settings.load(configDir, Map.of(), values);
    }

    @Test
    void noSecretOrTokenAppearsInLogsOrToStringEvenWhenTheProviderRefuses() throws Exception {
        OAuthMailAuthenticator auth = OAuthSettings.authenticator("google", google(tmp, Map.of()));
        AccessToken token = auth.token();
        tokens.refuse(400, "invalid_grant", "Token has been expired or revoked.");
        OAuthMailAuthenticator refused = OAuthSettings.authenticator("google", google(tmp, Map.of()));
        assertThat(refused.getPasswordAuthentication().getPassword()).isEmpty();
        assertThat(logs.list).isNotEmpty();

        String everything = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList())
                + auth + auth.describe() + token + refused.lastFailure().orElse("");
        assertThat(everything).doesNotContain(SECRET).doesNotContain(REFRESH).doesNotContain(token.value());
        assertThat(Secret.of(SECRET).toString()).isEqualTo("****");
    }

    @Test
    void aSecretWrittenIntoApplicationPropertiesIsRefused() throws Exception {
        Files.writeString(tmp.resolve("application.properties"), "pdbot.oauth.client-secret=" + SECRET + "\n");

        assertThatThrownBy(() -> OAuthSettings.authenticator("google", google(tmp, Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secrets belong in the environment (PDBOT_OAUTH_CLIENT_SECRET)")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aSecretIsReadFromTheFileItNames() throws Exception {
        Path file = tmp.resolve("client-secret");
        Files.writeString(file, SECRET + "\n");
        tokens.require("client_secret", SECRET, 401, "invalid_client", "Unauthorized");

        OAuthMailAuthenticator auth = OAuthSettings.authenticator("google",
                google(tmp, Map.of("pdbot.oauth.client-secret", "file:" + file)));

        assertThat(auth.token().value()).isEqualTo("token-1");
    }

    @Test
    void aTokenEndpointOverPlainHttpOffThisMachineIsRefused() {
        assertThatThrownBy(() -> OAuthSettings.authenticator("google",
                google(tmp, Map.of("pdbot.oauth.token-endpoint", "http://192.0.2.10/token"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be an https:// address");
    }
}
