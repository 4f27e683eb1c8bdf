package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;
import org.pdbot.mail.oauth.OAuthMailAuthenticator;
import org.pdbot.mail.oauth.OAuthSettings;
import org.pdbot.mail.oauth.TokenUnavailableException;
import org.pdbot.testing.MutableClock;
import org.pdbot.testing.TestKeys;

/**
 * IMAP reading and SMTP sending with XOAUTH2 through the real Angus code paths, with tokens from a local
 * token endpoint, for each flow pdbot knows; GreenMail accepts only the token issued last.
 */
class XOAuth2EndToEndTest {

    private static final String OPLA = "ice-opla-atl-pd@ice.test";

    @TempDir
    Path tmp;

    private OAuthMailbox mail;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        mail = new OAuthMailbox();
        mail.deliver("Case for Maria");
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private Settings microsoft() {
        mail.tokens.require("client_secret", "s3cret-value", 401, "invalid_client",
                "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the"
                        + " client secret value, not the client secret ID.");
        return mail.settings(tmp, Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "clinic.onmicrosoft.com",
                "pdbot.oauth.client-id", "11111111-2222-3333-4444-555555555555", "pdbot.oauth.client-secret", "s3cret-value"));
    }

    private Settings google() {
        mail.tokens.require("refresh_token", "1//refresh", 400, "invalid_grant", "Token has been expired or revoked.");
        return mail.settings(tmp, Map.of("pdbot.mail.auth", "google", "pdbot.oauth.client-id", "123.apps.googleusercontent.com",
                "pdbot.oauth.client-secret", "GOCSPX-secret", "pdbot.oauth.refresh-token", "1//refresh"));
    }

    private OAuthMailAuthenticator authenticator(String kind, Settings settings) {
        return OAuthSettings.authenticator(kind, settings, clock);
    }

    @Test
    void microsoftClientSecretFlowReadsTheInboxAndSendsWithOneToken() throws Exception {
        Settings settings = microsoft();
        OAuthMailAuthenticator auth = authenticator("microsoft", settings);

        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");
        mail.send(settings, auth, OPLA, "PD request");

        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
        assertThat(mail.tokens.tokensIssued()).isEqualTo(1);
        assertThat(mail.tokens.requests().get(0)).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", "11111111-2222-3333-4444-555555555555")
                .containsEntry("scope", "https://outlook.office365.com/.default");
    }

    @Test
    void microsoftCertificateFlowSignsAClientAssertionMicrosoftCanVerify() throws Exception {
        Path p12 = TestKeys.pkcs12(tmp, "changeit");
        X509Certificate cert = TestKeys.certificate(p12, "changeit");
        mail.tokens.verifyJwtWith(cert.getPublicKey());
        Settings settings = mail.settings(tmp, Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "clinic-tenant",
                "pdbot.oauth.client-id", "app-1", "pdbot.oauth.certificate", p12.toString(),
                "pdbot.oauth.certificate-password", "changeit"));
        OAuthMailAuthenticator auth = authenticator("microsoft", settings);

        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");

        assertThat(mail.tokens.requests().get(0)).containsEntry("client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer").doesNotContainKey("client_secret");
        assertThat(mail.tokens.lastJwtHeader()).containsEntry("alg", "RS256").containsKey("x5t");
        assertThat(mail.tokens.lastJwtClaims()).containsEntry("iss", "app-1").containsEntry("sub", "app-1")
                .containsEntry("aud", mail.tokens.uri().toString());
        assertThat(auth.credentialExpires()).contains(cert.getNotAfter().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void microsoftCertificateMayBeAPemFile() throws Exception {
        Path p12 = TestKeys.pkcs12(tmp, "changeit");
        mail.tokens.verifyJwtWith(TestKeys.certificate(p12, "changeit").getPublicKey());
        Path pem = TestKeys.pem(p12, "changeit", tmp);
        Settings settings = mail.settings(tmp, Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "t",
                "pdbot.oauth.client-id", "app-1", "pdbot.oauth.certificate", pem.toString()));

        mail.send(settings, authenticator("microsoft", settings), OPLA, "PD request");

        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
    }

    @Test
    void googleRefreshTokenFlowReadsTheInboxAndSends() throws Exception {
        Settings settings = google();
        OAuthMailAuthenticator auth = authenticator("google", settings);

        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");
        mail.send(settings, auth, OPLA, "PD request");

        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
        assertThat(mail.tokens.requests().get(0)).containsEntry("grant_type", "refresh_token")
                .containsEntry("client_id", "123.apps.googleusercontent.com");
    }

    @Test
    void googleServiceAccountActsForTheMailboxWithASignedAssertion() throws Exception {
        KeyPair keys = TestKeys.rsa();
        mail.tokens.verifyJwtWith(keys.getPublic());
        Path keyFile = tmp.resolve("service-account.json");
        Files.writeString(keyFile, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                "type", "service_account", "client_email", "pdbot@clinic-project.iam.gserviceaccount.com",
                "client_id", "1234567890", "private_key_id", "key-1",
                "private_key", TestKeys.pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                "token_uri", mail.tokens.uri().toString())));
        Settings settings = mail.settings(tmp, Map.of("pdbot.mail.auth", "google-service-account",
                "pdbot.oauth.service-account-key", keyFile.toString(), "pdbot.oauth.token-endpoint", ""));
        OAuthMailAuthenticator auth = authenticator("google-service-account", settings);

        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");
        mail.send(settings, auth, OPLA, "PD request");

        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
        assertThat(mail.tokens.requests().get(0)).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        assertThat(mail.tokens.lastJwtHeader()).containsEntry("kid", "key-1");
        assertThat(mail.tokens.lastJwtClaims()).containsEntry("iss", "pdbot@clinic-project.iam.gserviceaccount.com")
                .containsEntry("sub", OAuthMailbox.MAILBOX).containsEntry("scope", "https://mail.google.com/");
    }

    @Test
    void aTokenNearItsExpiryIsFetchedAgainBeforeConnecting() throws Exception {
        Settings settings = google();
        OAuthMailAuthenticator auth = authenticator("google", settings);
        mail.read(settings, auth);
        mail.read(settings, auth);
        assertThat(mail.tokens.tokensIssued()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(56));
        mail.send(settings, auth, OPLA, "PD request");

        assertThat(mail.tokens.tokensIssued()).isEqualTo(2);
        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
    }

    @Test
    void aTokenTheServerRefusesIsRenewedOnceAndTheConnectSucceeds() throws Exception {
        Settings settings = microsoft();
        OAuthMailAuthenticator auth = authenticator("microsoft", settings);
        mail.read(settings, auth);

        mail.serverForgetsTheToken();
        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");
        mail.serverForgetsTheToken();
        mail.send(settings, auth, OPLA, "PD request");

        assertThat(mail.tokens.tokensIssued()).isEqualTo(3);
        assertThat(mail.receivedBy(OPLA)).containsExactly("PD request");
        assertThat(auth.tokenFailures()).isZero();
    }

    @Test
    void aServerThatRefusesEvenTheNewTokenFailsAfterOneRenewal() throws Exception {
        Settings settings = google();
        OAuthMailAuthenticator auth = authenticator("google", settings);
        mail.tokens.onIssue(t -> { });

        assertThatThrownBy(() -> mail.read(settings, auth)).isInstanceOf(AuthenticationFailedException.class);
        assertThat(mail.tokens.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aRevokedRefreshTokenGivesAnErrorThatSaysWhatToDo() throws Exception {
        Settings settings = google();
        OAuthMailAuthenticator auth = authenticator("google", settings);
        mail.read(settings, auth);

        mail.tokens.refuse(400, "invalid_grant", "Token has been expired or revoked.");
        mail.serverForgetsTheToken();

        assertThatThrownBy(() -> mail.read(settings, auth)).isInstanceOf(TokenUnavailableException.class)
                .hasMessageContaining("refresh token is revoked or expired")
                .hasMessageContaining("pdbot.oauth.refresh-token");
        assertThatThrownBy(() -> mail.send(settings, auth, OPLA, "PD request")).isInstanceOf(TokenUnavailableException.class);
        assertThat(auth.lastFailure()).hasValueSatisfying(m -> assertThat(m).contains("invalid_grant"));
        assertThat(auth.tokenFailures()).isGreaterThanOrEqualTo(2);
        assertThat(mail.receivedBy(OPLA)).isEmpty();
    }

    @Test
    void aTokenOutageAtStartDoesNotThrowFromTheAuthenticatorButTheConnectExplains() throws Exception {
        Settings settings = microsoft();
        OAuthMailAuthenticator auth = authenticator("microsoft", settings);
        mail.tokens.refuse(401, "invalid_client", "AADSTS7000222: The provided client secret keys for app are expired.");

        assertThat(auth.getPasswordAuthentication().getPassword()).isEmpty();
        assertThatThrownBy(() -> mail.read(settings, auth)).isInstanceOf(TokenUnavailableException.class)
                .hasMessageContaining("client secret has expired");

        mail.tokens.accept();
        assertThat(mail.read(settings, auth)).containsExactly("Case for Maria");
        assertThat(auth.lastFailure()).isEmpty();
    }
}
