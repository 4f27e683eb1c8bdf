package org.pdbot.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patterns of {@code config/bounce-rules.yaml}: the reason in plain words, and errors a person can act on. */
class BounceRulesTest {

    static final BounceRules RULES = BounceRules.load(Path.of("config/bounce-rules.yaml"));

    @TempDir
    Path dir;

    @Test
    void theReasonComesFromTheServersWordsBeforeTheStatusCode() {
        assertThat(RULES.reason("5.7.1", "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org"))
                .isEqualTo(BounceReason.SPAM);
        assertThat(RULES.reason("5.7.1", "550 5.7.1 Relaying denied")).isEqualTo(BounceReason.POLICY);
        assertThat(RULES.reason("5.1.1", "")).isEqualTo(BounceReason.UNKNOWN_MAILBOX);
        assertThat(RULES.reason("5.1.10", "RESOLVER.ADR.RecipientNotFound")).isEqualTo(BounceReason.UNKNOWN_MAILBOX);
        assertThat(RULES.reason(null, "552 Message size exceeds fixed maximum message size")).isEqualTo(BounceReason.TOO_LARGE);
        assertThat(RULES.reason("5.2.2", "")).isEqualTo(BounceReason.MAILBOX_FULL);
        assertThat(RULES.reason("5.0.0", "something went wrong")).isEqualTo(BounceReason.OTHER);
    }

    @Test
    void aPermanentStatusIsPreferredOverAnEarlierTemporaryOne() {
        assertThat(BounceRules.status("451 4.3.0 try later ... then 550 5.1.1 user unknown")).isEqualTo("5.1.1");
        assertThat(BounceRules.status("421 4.7.0 Try again later")).isEqualTo("4.7.0");
        assertThat(BounceRules.status("A201-555-001 and 10.0.0.1")).isNull();
    }

    @Test
    void theFailedAddressIsNeverTheReportsOwnSenderOrRecipient() {
        String text = "pd@clinic.test\n\n<ICE-OPLA-BAL-PD@ice.dhs.gov>: host said: 550 5.1.1 User unknown\n";
        assertThat(RULES.recipientIn(text, a -> a.equals("pd@clinic.test"))).isEqualTo("ice-opla-bal-pd@ice.dhs.gov");
    }

    @Test
    void aBadPatternNamesTheFileTheListAndThePattern() throws Exception {
        Path yaml = dir.resolve("bounce-rules.yaml");
        Files.writeString(yaml, "subjects: ['^undeliverable']\nfailed: ['could not (be delivered']\n");
        assertThatThrownBy(() -> BounceRules.load(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(yaml.toString()).hasMessageContaining("failed")
                .hasMessageContaining("could not (be delivered");
    }

    @Test
    void anUnknownReasonIsRefusedWithTheKnownOnes() throws Exception {
        Path yaml = dir.resolve("bounce-rules.yaml");
        Files.writeString(yaml, "subjects: ['^x']\nfailed: ['y']\nreasons:\n  - reason: alien-abduction\n    phrases: ['z']\n");
        assertThatThrownBy(() -> BounceRules.load(yaml)).hasMessageContaining("alien-abduction")
                .hasMessageContaining("unknown-mailbox");
    }
}
