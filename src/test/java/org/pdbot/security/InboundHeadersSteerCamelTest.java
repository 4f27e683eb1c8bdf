package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.RunningBot;

/**
 * The attack: on Camel 4.17 an inbound mail's headers become exchange headers, which the mail consumer obeys
 * ({@code moveTo}, {@code copyTo}, {@code delete}) and the mail producer would send with ({@code To}, {@code Bcc},
 * {@code mail.smtp.*}). Inputs: src/test/resources/hostile/mail/steer-*.eml. pdbot handles each like any other
 * case, files it where it belongs, and its outgoing mail carries exactly the headers pdbot wrote.
 */
class InboundHeadersSteerCamelTest extends OneBotPerClass {

    /** The headers of a request to OPLA: pdbot's own, plus the two the receiving sandbox adds. */
    static final String[] REQUEST_HEADERS = {"Return-Path", "Received", "Date", "From", "To", "Cc", "Message-ID",
        "Subject", "MIME-Version", "Content-Type"};

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            steer-move-to-trash.eml              | A301-000-060
            steer-delete.eml                     | A301-000-061
            steer-copy-to.eml                    | A301-000-062
            steer-mail-smtp-properties.eml       | A301-000-063
            steer-camel-file-headers.eml         | A301-000-064
            steer-producer-recipient-headers.eml | A301-000-065
            """)
    void steeringHeadersAreIgnored(String file, String aNumber) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        Expected.SENT.check(bot, intake, aNumber);
        MimeMessage request = bot.awaitRequestFor(aNumber);
        assertThat(HostileBot.headerNames(request)).containsExactlyInAnyOrder(REQUEST_HEADERS);
        assertThat(request.getAllRecipients()).extracting(Object::toString)
                .containsExactly(HostileBot.STEWART, HostileBot.ATTORNEY);
    }

    @Test
    @Order(2)
    void everyIntakeMailIsFiledAsProcessedAndNoneMovedCopiedOrDeleted() {
        RunningBot.await(() -> bot.running().mailbox(RunningBot.INBOX, "pdbot-processed").size() == 6,
                java.time.Duration.ofSeconds(20), () -> "6 mails in pdbot-processed");
        RunningBot.await(() -> bot.running().inbox(RunningBot.INBOX).isEmpty(), java.time.Duration.ofSeconds(20),
                () -> "the inbox emptied");
        assertThat(bot.running().mailbox(RunningBot.INBOX, "Trash")).isEmpty();
        assertThat(bot.running().mailbox(RunningBot.INBOX, "Stolen")).isEmpty();
        assertThat(bot.mailboxesWithMail()).noneMatch(address -> address.contains("evil"));
        assertThat(Files.exists(Path.of("/tmp/pdbot-pwned.txt"))).isFalse();
    }

    @Test
    @Order(3)
    void requestToOplaCarriesNoneOfTheInboundHeaders() throws Exception {
        byte[] mail = aCaseMail().with("A-Number", "A301-000-066")
                .header("X-Priority", "1").header("Importance", "high").header("Sensitivity", "Company-Confidential")
                .header("Disposition-Notification-To", "attacker@evil.test").header("Return-Receipt-To", "attacker@evil.test")
                .header("Reply-To", "attacker@evil.test").header("Sender", "attacker@evil.test")
                .header("List-Unsubscribe", "<mailto:attacker@evil.test>").header("X-Mailer", "evil 1.0")
                .header("Comments", "x").header("Keywords", "y").header("Content-Language", "xx")
                .header("Auto-Submitted", "no").header("X-Original-To", "attacker@evil.test").bytes();
        IntakeRecord intake = bot.deliver(mail, "a case with many inbound headers");
        Expected.SENT.check(bot, intake, "A301-000-066");
        assertThat(HostileBot.headerNames(bot.awaitRequestFor("A301-000-066"))).containsExactlyInAnyOrder(REQUEST_HEADERS);
    }
}
