package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading the receiving server's Authentication-Results, in each pdbot.intake.require-authentication mode. */
class SenderAuthenticationTest {

    static final String CLINIC = "paralegal@clinic.test";

    @Test
    void defaultModeLetsThroughMailWithoutTheHeader() throws Exception {
        assertThat(SenderAuthentication.defaults().refusal(mail(), CLINIC, true)).isEmpty();
    }

    @Test
    void defaultModeRefusesDmarcFailAndSpfFailWithoutDmarc() throws Exception {
        SenderAuthentication auth = SenderAuthentication.of("dmarc-if-present", "");
        assertThat(auth.refusal(mail("mx.clinic.test; dmarc=fail header.from=clinic.test"), CLINIC, true)).isPresent();
        assertThat(auth.refusal(mail("mx.clinic.test; spf=fail smtp.mailfrom=clinic.test"), CLINIC, true)).isPresent();
        // forwarded mail: SPF fails at the forwarder, DKIM keeps DMARC aligned
        assertThat(auth.refusal(mail("mx.clinic.test; spf=fail; dkim=pass; dmarc=pass"), CLINIC, true)).isEmpty();
    }

    @Test
    void strictModeAsksAllowedSendersForDmarcPass() throws Exception {
        SenderAuthentication auth = SenderAuthentication.of("dmarc", null);
        assertThat(auth.refusal(mail(), CLINIC, true)).get().asString().contains("dmarc=missing");
        assertThat(auth.refusal(mail("mx.clinic.test; dmarc=none"), CLINIC, true)).isPresent();
        assertThat(auth.refusal(mail("mx.clinic.test; dmarc=pass"), CLINIC, true)).isEmpty();
        assertThat(auth.refusal(mail(), "opla@ice.dhs.gov", false)).isEmpty();
    }

    @Test
    void withAnAuthservIdOnlyThatServersHeaderCounts() throws Exception {
        SenderAuthentication auth = SenderAuthentication.of("dmarc", "mx.clinic.test");
        MimeMessage forgedOnTop = mail("evil.example; dmarc=pass", "mx.clinic.test; dmarc=fail");
        assertThat(auth.refusal(forgedOnTop, CLINIC, true)).get().asString().contains("dmarc=fail");
        assertThat(auth.refusal(mail("evil.example; dmarc=pass"), CLINIC, true)).get().asString().contains("missing");
    }

    @Test
    void withoutAnAuthservIdOnlyTheTopMostHeaderCounts() throws Exception {
        SenderAuthentication auth = SenderAuthentication.defaults();
        assertThat(auth.refusal(mail("mx.clinic.test; dmarc=fail", "mx.clinic.test; dmarc=pass"), CLINIC, true)).isPresent();
        assertThat(auth.refusal(mail("mx.clinic.test; dmarc=pass", "mx.clinic.test; dmarc=fail"), CLINIC, true)).isEmpty();
    }

    @Test
    void commentsAreNotResults() throws Exception {
        assertThat(SenderAuthentication.defaults().refusal(
                mail("mx.clinic.test (dmarc=fail); dmarc=pass (\"dmarc=fail\" (nested)) header.from=clinic.test"),
                CLINIC, true)).isEmpty();
    }

    @Test
    void noneModeIgnoresTheHeader() throws Exception {
        assertThat(SenderAuthentication.of("none", "").refusal(mail("mx.clinic.test; dmarc=fail"), CLINIC, true)).isEmpty();
    }

    @Test
    void unknownModeIsAConfigurationError() {
        assertThatThrownBy(() -> SenderAuthentication.of("spf", "")).hasMessageContaining("dmarc-if-present, dmarc or none");
    }

    private static MimeMessage mail(String... authenticationResults) throws Exception {
        StringBuilder raw = new StringBuilder();
        for (String header : authenticationResults) {
            raw.append("Authentication-Results: ").append(header).append("\r\n");
        }
        raw.append("From: ").append(CLINIC).append("\r\nSubject: case\r\n\r\nName: x\r\n");
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.toString().getBytes(StandardCharsets.US_ASCII)));
    }
}
