package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;

/**
 * Mail with a missing, doubled or forged header (src/test/resources/hostile/mail/header-*.eml): a sender pdbot
 * cannot name is never trusted, and what pdbot writes back never carries what the sender smuggled in.
 */
class MissingAndDuplicatedHeadersTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            header-two-from.eml                       | QUARANTINED | no single readable From address
            header-two-from-clinic-and-stranger.eml   | QUARANTINED | no single readable From address
            header-from-lists-two-addresses.eml       | QUARANTINED | no single readable From address
            header-no-from.eml                        | QUARANTINED | no single readable From address
            header-from-unparseable.eml               | QUARANTINED | no single readable From address
            header-from-display-name-spoof.eml        | QUARANTINED | attacker@evil.test is not on the allow-list
            header-from-lookalike-domain.eml          | QUARANTINED | paralegal@clinic.test.evil.test is not on the allow-list
            header-from-homoglyph-domain.eml          | QUARANTINED | is not on the allow-list
            header-no-message-id.eml                  | SENT        | A301-000-028
            header-two-message-ids.eml                | SENT        | A301-000-029
            header-message-id-10000-chars.eml         | NEEDS_INFO  | Criminal history is missing
            header-two-subjects.eml                   | SENT        | A301-000-031
            header-reply-to-stranger.eml              | NEEDS_INFO  | Criminal history is missing
            header-subject-encoded-crlf-injection.eml | NEEDS_INFO  | Criminal history is missing
            header-message-id-folded-injection.eml    | NEEDS_INFO  | Criminal history is missing
            """)
    void mailWithBrokenHeadersEndsInOneOutcome(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        expected.check(bot, intake, evidence);
    }

    @Test
    @Order(2)
    void answerGoesToFromNeverToReplyToOrReceiptAddresses() {
        assertThat(bot.mailboxesWithMail()).noneMatch(address -> address.contains("evil"));
    }

    @Test
    @Order(3)
    void foldedMessageIdIsAnsweredWithTheIdAlone() {
        MimeMessage answer = Expected.answers(bot, bot.awaitIntakeWithMessageId("<hostile-034.20270104@clinic.test>"))
                .get(0);
        assertThat(HostileBot.header(answer, "In-Reply-To")).isEqualTo("<hostile-034.20270104@clinic.test>");
        assertThat(HostileBot.header(answer, "References")).isEqualTo("<hostile-034.20270104@clinic.test>");
    }

    @Test
    @Order(4)
    void subjectWithEncodedLineBreaksStaysOneLineInTheAnswer() {
        IntakeRecord intake = bot.awaitIntake(i -> String.valueOf(i.subject()).startsWith("Case"), "the injection subject");
        MimeMessage answer = Expected.answers(bot, intake).get(0);
        assertThat(HostileBot.rawHeaders(answer)).containsPattern("(?m)^Subject: .*Case.*Bcc")
                .doesNotContainPattern("(?im)^(Bcc|X-Injected):");
    }
}
