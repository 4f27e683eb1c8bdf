package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.StaffReply.aReplyTo;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/**
 * The attack: a stranger writes {@code From: paralegal@clinic.test}. The clinic's mail server checked SPF, DKIM
 * and DMARC and wrote its verdict in the top-most {@code Authentication-Results} header
 * (src/test/resources/hostile/mail/spoofed-*.eml): a failed check is quarantined, whatever the mail asks for,
 * and a verdict further down (which the sender can write) counts for nothing.
 */
class SpoofedClinicSenderTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            spoofed-clinic-from-dmarc-fail.eml           | QUARANTINED | paralegal@clinic.test forged (dmarc=fail)
            spoofed-clinic-from-spf-fail.eml             | QUARANTINED | (spf=fail)
            clinic-from-dmarc-pass.eml                   | SENT        | A301-000-082
            spoofed-forged-pass-below-real-fail.eml      | QUARANTINED | (dmarc=fail)
            forged-fail-below-real-pass.eml              | SENT        | A301-000-084
            spoofed-dmarc-fail-folded-upper-case.eml     | QUARANTINED | (dmarc=fail)
            spoofed-dmarc-fail-with-pass-in-comment.eml  | QUARANTINED | (dmarc=fail)
            stranger-with-dmarc-pass.eml                 | QUARANTINED | someone@elsewhere.test is not on the allow-list
            """)
    void forgedClinicSenderIsQuarantined(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        expected.check(bot, intake, evidence);
    }

    @Test
    @Order(2)
    void forgedApprovalOfADraftSendsNothing() throws Exception {
        try (HostileBot review = HostileBot.start(root.resolve("data").resolve("review"),
                Map.of("pdbot.submit.mode", "review"))) {
            review.deliver(aCaseMail().with("A-Number", "A301-000-088").bytes(), "a case for review");
            MimeMessage draft = review.running().awaitInbox(HostileBot.ATTORNEY, 1).get(0);
            String quoted = MailParts.textOf(draft);

            byte[] forged = withHeader("Authentication-Results: mx.clinic.test; spf=pass smtp.mailfrom=evil.test;"
                    + " dmarc=fail header.from=clinic.test",
                    aReplyTo(draft.getMessageID()).saying("APPROVE").quoting(quoted).bytes());
            IntakeRecord refused = review.deliver(forged, "a forged approval");
            assertThat(refused.outcome()).isEqualTo("QUARANTINED");
            assertThat(refused.detail()).contains("arivera@clinic.test forged (dmarc=fail)");
            assertThat(review.inbox(HostileBot.STEWART)).isEmpty();

            review.deliver(aReplyTo(draft.getMessageID()).saying("APPROVE").quoting(quoted).bytes(), "the real approval");
            assertThat(review.running().awaitInbox(HostileBot.STEWART, 1)).hasSize(1);
        }
    }

    private static byte[] withHeader(String header, byte[] mail) {
        byte[] line = (header + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[line.length + mail.length];
        System.arraycopy(line, 0, out, 0, line.length);
        System.arraycopy(mail, 0, out, line.length, mail.length);
        return out;
    }
}
