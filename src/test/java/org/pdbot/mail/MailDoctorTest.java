package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.imap.ImapHostManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;
import org.pdbot.mail.DoctorReport.Status;
import org.pdbot.testing.MutableClock;

/** {@code pdbot doctor} against a real GreenMail and a local token endpoint: good and broken configurations. */
class MailDoctorTest {

    private static final String[] INTAKE_FOLDERS = {"pdbot-processed", "pdbot-needs-info", "pdbot-quarantine"};

    @TempDir
    Path tmp;

    private OAuthMailbox mail;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        mail = new OAuthMailbox();
        ImapHostManager imap = mail.greenMail.getManagers().getImapHostManager();
        for (String folder : INTAKE_FOLDERS) {
            imap.createMailbox(mail.user, folder);
        }
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private Settings passwordConfig(Map<String, String> more) {
        mail.user.setPassword("correct horse");
        Map<String, String> values = new HashMap<>(Map.of("pdbot.imap.password", "correct horse",
                "pdbot.smtp.username", OAuthMailbox.MAILBOX, "pdbot.smtp.password", "correct horse",
                "pdbot.intake.folder.processed", INTAKE_FOLDERS[0], "pdbot.intake.folder.needs-info", INTAKE_FOLDERS[1],
                "pdbot.intake.folder.quarantine", INTAKE_FOLDERS[2]));
        values.putAll(more);
        return mail.settings(tmp, values);
    }

    private Settings microsoftConfig(Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "clinic-tenant",
                "pdbot.oauth.client-id", "app-1", "pdbot.oauth.client-secret", "s3cret-value",
                "pdbot.intake.folder.processed", INTAKE_FOLDERS[0]));
        values.putAll(more);
        return mail.settings(tmp, values);
    }

    private DoctorReport examine(Settings settings, boolean createFolders) {
        return new MailDoctor(settings, clock).examine(createFolders);
    }

    private static String text(DoctorReport report) {
        return report.describe();
    }

    @Test
    void theSandboxIsAValidConfigurationWithNothingRemoteToCheck() {
        DoctorReport report = examine(Settings.load(tmp, Map.of(), Map.of()), false);

        assertThat(report.ok()).isTrue();
        assertThat(text(report)).contains("embedded sandbox").contains("no mail server to check");
    }

    @Test
    void aGoodPasswordConfigurationPassesEveryCheckAndSendsNothing() throws Exception {
        DoctorReport report = examine(passwordConfig(Map.of()), false);

        assertThat(report.ok()).as(text(report)).isTrue();
        assertThat(report.findings()).extracting(DoctorReport.Finding::subject)
                .containsExactly("IMAP", "Folder", "Folder", "Folder", "Folder", "SMTP");
        assertThat(text(report)).contains("INBOX (pdbot.imap.folder) exists").contains("nothing was sent");
        assertThat(mail.greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aWrongPortIsExplainedAsNothingListening() throws Exception {
        DoctorReport report = examine(passwordConfig(Map.of("pdbot.imap.port", String.valueOf(closedPort()))), false);

        assertThat(report.ok()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("IMAP");
            assertThat(f.message()).contains("connection refused").contains("pdbot.imap.port");
        });
    }

    @Test
    void aWrongPasswordIsExplainedAsRefusedLogin() {
        Settings settings = passwordConfig(Map.of("pdbot.smtp.password", "wrong"));

        DoctorReport report = examine(settings, false);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("SMTP");
            assertThat(f.message()).contains("refused the user name or password").contains("pdbot.smtp.password");
        });
    }

    @Test
    void aMissingFolderFailsAndSaysHowToCreateIt() {
        Settings settings = passwordConfig(Map.of("pdbot.intake.folder.quarantine", "pdbot-held"));

        DoctorReport report = examine(settings, false);

        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("pdbot-held (pdbot.intake.folder.quarantine) is missing").contains("--create-folders"));
        assertThat(mail.greenMail.getManagers().getImapHostManager().getFolder(mail.user, "pdbot-held")).isNull();
    }

    @Test
    void createFoldersCreatesTheMissingFolderAndPasses() throws Exception {
        Settings settings = passwordConfig(Map.of("pdbot.intake.folder.quarantine", "pdbot-held"));

        DoctorReport report = examine(settings, true);

        assertThat(report.ok()).as(text(report)).isTrue();
        assertThat(text(report)).contains("pdbot-held (pdbot.intake.folder.quarantine) was missing and is now created");
        assertThat(mail.greenMail.getManagers().getImapHostManager().getFolder(mail.user, "pdbot-held")).isNotNull();
    }

    @Test
    void aGoodMicrosoftConfigurationGetsATokenAndLogsInWithXoauth2() {
        DoctorReport report = examine(microsoftConfig(Map.of("pdbot.oauth.secret-expires", "2027-01-31")), false);

        assertThat(report.ok()).as(text(report)).isTrue();
        assertThat(text(report)).contains("Microsoft 365 (tenant clinic-tenant, client id app-1, client secret) issued a token")
                .contains("with XOAUTH2").contains("expires on 2027-01-31").doesNotContain("s3cret-value");
    }

    @Test
    void aSecretAboutToExpireIsAWarningNotAFailure() {
        DoctorReport report = examine(microsoftConfig(Map.of("pdbot.oauth.secret-expires", "2026-03-20")), false);

        assertThat(report.ok()).isTrue();
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.WARN);
            assertThat(f.message()).contains("expires on 2026-03-20, in 18 day(s)");
        });
    }

    @Test
    void aTokenEndpointThatRefusesTheSecretIsExplainedAndNoLoginIsTried() {
        mail.tokens.refuse(401, "invalid_client", "AADSTS7000215: Invalid client secret provided. Ensure the secret"
                + " being sent in the request is the client secret value, not the client secret ID.");

        DoctorReport report = examine(microsoftConfig(Map.of()), false);

        assertThat(report.ok()).isFalse();
        assertThat(report.failures()).extracting(DoctorReport.Finding::subject).containsExactly("Token", "IMAP", "SMTP");
        assertThat(report.failures().get(0).message()).contains("client secret is wrong (AADSTS7000215)")
                .contains("Value").contains("pdbot.oauth.client-secret");
    }

    @Test
    void missingAdminConsentIsExplained() {
        mail.tokens.refuse(400, "invalid_grant", "AADSTS65001: The user or administrator has not consented to use the"
                + " application with ID 'app-1'.");

        DoctorReport report = examine(microsoftConfig(Map.of()), false);

        assertThat(report.failures().get(0).message()).contains("Admin consent is missing").contains("IMAP.AccessAsApp");
    }

    @Test
    void anUnreachableTokenEndpointIsExplained() throws Exception {
        DoctorReport report = examine(microsoftConfig(Map.of("pdbot.oauth.token-endpoint",
                "http://127.0.0.1:" + closedPort() + "/token")), false);

        assertThat(report.failures().get(0).message()).contains("Cannot reach the token endpoint").contains("connection refused");
    }

    @Test
    void aTokenMailDoesNotAcceptIsExplainedForMicrosoft() {
        mail.tokens.onIssue(t -> { });

        DoctorReport report = examine(microsoftConfig(Map.of()), false);

        assertThat(report.failures()).extracting(DoctorReport.Finding::subject).containsExactly("IMAP", "SMTP");
        assertThat(report.failures().get(0).message()).contains("Microsoft issued a token but IMAP refused it")
                .contains("Add-MailboxPermission");
    }

    @Test
    void anIncompleteOAuthConfigurationNamesTheMissingSetting() {
        DoctorReport report = examine(microsoftConfig(Map.of("pdbot.oauth.tenant", "")), false);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Config");
            assertThat(f.message()).contains("pdbot.oauth.tenant").contains("PDBOT_OAUTH_TENANT");
        });
    }

    @Test
    void anUntrustedServerCertificateIsExplainedAsATlsFailure() {
        com.icegreen.greenmail.util.GreenMail imaps = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "imaps").dynamicPort());
        imaps.start();
        try {
            Settings settings = passwordConfig(Map.of("pdbot.mail.security", "tls",
                    "pdbot.imap.port", String.valueOf(imaps.getImaps().getPort())));

            DoctorReport report = examine(settings, false);

            assertThat(report.failures()).first().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("IMAP");
                assertThat(f.message()).contains("TLS certificate").contains("not trusted");
            });
        } finally {
            imaps.stop();
        }
    }

    @Test
    void tlsAgainstAPlainPortIsExplained() {
        DoctorReport report = examine(passwordConfig(Map.of("pdbot.mail.security", "tls")), false);

        assertThat(report.failures()).first().satisfies(f -> assertThat(f.message())
                .contains("does not speak TLS right away").contains("pdbot.mail.security=starttls"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
