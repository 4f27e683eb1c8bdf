package org.pdbot.tracking;

import org.pdbot.testing.ReplyMail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3464 and RFC 3798 reports read field by field. */
class DsnParserTest {

    static final String ID = "<pdbot.0123456789abcdef.0123456789abcdef@clinic.test>";

    @Test
    void aFailureIsChosenOverARelayAndEveryFailedAddressIsListed() {
        DeliveryReport r = DsnParser.read(ReplyMail.parse(report("""
                Reporting-MTA: dns; mail.clinic.test

                Final-Recipient: rfc822; ICE-OPLA-BAL-PD@ice.dhs.gov
                Action: relayed
                Status: 2.0.0

                Final-Recipient: rfc822; dwhitfield@clinic.test
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <dwhitfield@clinic.test>: User
                  unknown
                """)), BounceRulesTest.RULES).orElseThrow();

        assertThat(r.outcome()).isEqualTo(DeliveryReport.Outcome.FAILED);
        assertThat(r.recipient()).isEqualTo("dwhitfield@clinic.test");
        assertThat(r.failedRecipients()).containsExactly("dwhitfield@clinic.test");
        assertThat(r.status()).isEqualTo("5.1.1");
        assertThat(r.diagnostic()).isEqualTo("550 5.1.1 <dwhitfield@clinic.test>: User unknown");
        assertThat(r.reason()).isEqualTo(BounceReason.UNKNOWN_MAILBOX);
        assertThat(r.originalMessageIds()).containsExactly(ID);
    }

    @Test
    void aDelayedActionIsADelayEvenWhenTheTextSaysRejected() {
        DeliveryReport r = DsnParser.read(ReplyMail.parse(report("""
                Reporting-MTA: dns; mail.clinic.test

                Final-Recipient: rfc822; ICE-OPLA-BAL-PD@ice.dhs.gov
                Action: delayed
                Status: 4.7.1
                Diagnostic-Code: smtp; 450 4.7.1 Recipient address rejected: Greylisted
                """)), BounceRulesTest.RULES).orElseThrow();

        assertThat(r.outcome()).isEqualTo(DeliveryReport.Outcome.DELAYED);
        assertThat(r.classification()).isEqualTo(Classification.DELAYED);
    }

    @Test
    void aReadReceiptIsDeliveredAndNamesTheOriginalByOriginalMessageId() {
        DeliveryReport r = DsnParser.read(ReplyMail.parse("""
                From: ICE-OPLA-BAL-PD@ice.dhs.gov
                To: pd@clinic.test
                Subject: Read: PD Request
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

                --b
                Content-Type: text/plain

                Your message was read.
                --b
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822;ICE-OPLA-BAL-PD@ice.dhs.gov
                Original-Message-ID: %s
                Disposition: manual-action/MDN-sent-manually; displayed
                --b--
                """.formatted(ID)), BounceRulesTest.RULES).orElseThrow();

        assertThat(r.outcome()).isEqualTo(DeliveryReport.Outcome.DELIVERED);
        assertThat(r.originalMessageIds()).containsExactly(ID);
        assertThat(r.description()).contains("displayed");
    }

    private static String report(String status) {
        return """
                From: MAILER-DAEMON@mail.clinic.test
                To: pd@clinic.test
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Your message could not be delivered to one or more recipients.
                --b
                Content-Type: message/delivery-status

                %s
                --b
                Content-Type: text/rfc822-headers

                From: pd@clinic.test
                Subject: PD Request
                Message-ID: %s

                --b--
                """.formatted(status, ID);
    }
}
