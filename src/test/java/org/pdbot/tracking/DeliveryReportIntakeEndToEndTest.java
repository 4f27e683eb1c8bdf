package org.pdbot.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.ThreadMessage;
import org.pdbot.testing.RunningBot;

/**
 * Reports of the corpus ({@code src/test/resources/tracking/reports/}) through the real intake path: the bot on
 * GreenMail sends a request, then each report arrives in the clinic inbox naming that request's Message-ID where
 * its format carries it. None is quarantined; each lands in the request's thread with its kind; delays leave the
 * request SENT and are told once; a later bounce still counts.
 */
class DeliveryReportIntakeEndToEndTest {

    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    static final String ATTORNEY = "arivera@clinic.test";
    /** The corpus request whose Message-ID is replaced by the one the bot made (all use the same secret). */
    static final Map<String, String> CORPUS_IDS = Map.of(
            "R1", "<pdbot.3a41c0de55b29f07.1d35f32e5c576052@clinic.test>",
            "R2", "<pdbot.7be2a9014c6d3f88.edbca008f5529bf3@clinic.test>",
            "R3", "<pdbot.c0ffee1234abcd99.74f4499dc170a635@clinic.test>",
            "R4", "<pdbot.5d17e0a2b3c4f6e1.be14c5a7630a496a@clinic.test>");

    /** Not changing the status: delays, successes, read receipts, auto-replies; file → request key, kind. */
    static final List<String[]> FIRST = List.of(
            new String[] {"postfix-delay-4.4.1.eml", "R3", "DELAYED"},
            new String[] {"o365-delivery-delayed.eml", "R2", "DELAYED"},
            new String[] {"gmail-delay.eml", "R3", "DELAYED"},
            new String[] {"exim-delay-24-hours.eml", "R1", "DELAYED"},
            new String[] {"sendmail-warning-4-hours.eml", "R4", "DELAYED"},
            new String[] {"exchange-2007-delay.eml", "R4", "DELAYED"},
            new String[] {"o365-relayed.eml", "R3", "DELIVERED"},
            new String[] {"mdn-outlook-read.eml", "R1", "DELIVERED"},
            new String[] {"ooo-exchange-automatic-reply.eml", "R1", "AUTO_REPLY"});
    /** Bounces, each after the delays. */
    static final List<String[]> BOUNCES = List.of(
            new String[] {"postfix-5.1.1-user-unknown.eml", "R1", "BOUNCE"},
            new String[] {"o365-5.1.10-recipient-not-found.eml", "R1", "BOUNCE"},
            new String[] {"google-workspace-compliance-block.eml", "R1", "BOUNCE"},
            new String[] {"exim-550-unknown-user.eml", "R1", "BOUNCE"},
            new String[] {"qmail-no-mailbox.eml", "R3", "BOUNCE"},
            new String[] {"exchange-2010-text-ndr.eml", "R2", "BOUNCE"},
            new String[] {"yahoo-failure-notice.eml", "R2", "BOUNCE"},
            new String[] {"reply-bounce-gateway-auto-submitted.eml", "R3", "BOUNCE"},
            new String[] {"lotus-notes-delivery-failure.eml", "R3", "BOUNCE"});

    @TempDir
    Path data;

    RunningBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void reportsNamingTheRequestAreNeverQuarantinedAndDelaysAreToldOnce() throws Exception {
        bot = RunningBot.start(data);
        bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
        MimeMessage request = bot.awaitInbox(STEWART, 1).get(0);
        RunningBot.await(() -> "SENT".equals(onlyRequest().status()), Duration.ofSeconds(15), () -> "request SENT");

        for (String[] r : FIRST) {
            bot.sendToInbox("mailer-daemon@relay.example.net", adapted(r, request.getMessageID()));
        }
        awaitThread(FIRST.size());
        assertThat(onlyRequest().status()).as("delays, successes and auto-replies change nothing").isEqualTo("SENT");
        Thread.sleep(800);
        List<MimeMessage> toAttorney = bot.inbox(ATTORNEY);
        assertThat(toAttorney.stream().filter(m -> subject(m).contains("DELAYED")).count())
                .as("the attorney is told of a delay once").isEqualTo(1);

        for (String[] r : BOUNCES) {
            bot.sendToInbox("mailer-daemon@relay.example.net", adapted(r, request.getMessageID()));
        }
        awaitThread(FIRST.size() + BOUNCES.size());
        RunningBot.await(() -> "BOUNCED".equals(onlyRequest().status()), Duration.ofSeconds(15),
                () -> "a bounce after the delays still counts");

        Map<String, String> kinds = thread().stream().collect(Collectors.toMap(ThreadMessage::subject,
                ThreadMessage::classification, (a, b) -> a + "," + b));
        assertThat(thread()).extracting(ThreadMessage::classification).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(FIRST.stream(), BOUNCES.stream()).map(r -> r[2]).toList());
        List<IntakeRecord> intakes = bot.bot().components().intakes().all();
        assertThat(intakes).as("no report naming the request is quarantined: %s", kinds)
                .filteredOn(i -> "QUARANTINED".equals(i.outcome())).isEmpty();
        bot.awaitIntakeFolder("pdbot-replies", FIRST.size() + BOUNCES.size());
        assertThat(bot.mailbox(RunningBot.INBOX, "pdbot-quarantine")).isEmpty();
        // a bounce for an unknown mailbox asks the admin (here the clinic inbox) to check the directory, once
        RunningBot.await(() -> bot.mailbox(RunningBot.INBOX, "pdbot-processed").stream()
                        .anyMatch(m -> subject(m).contains("Check the office directory")), Duration.ofSeconds(15),
                () -> "the directory warning");
        assertThat(bot.mailbox(RunningBot.INBOX, "pdbot-processed").stream()
                .filter(m -> subject(m).contains("Check the office directory")).count()).isEqualTo(1);
    }

    /** The corpus file with its request's Message-ID replaced by the one the bot made. */
    private static byte[] adapted(String[] row, String messageId) throws Exception {
        try (InputStream in = DeliveryReportIntakeEndToEndTest.class.getResourceAsStream("/tracking/reports/" + row[0])) {
            String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(raw).as("%s carries %s in plain text", row[0], row[1]).contains(CORPUS_IDS.get(row[1]));
            return raw.replace(CORPUS_IDS.get(row[1]), messageId).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private void awaitThread(int n) {
        RunningBot.await(() -> thread().size() >= n, Duration.ofSeconds(30),
                () -> n + " mails in the thread, has " + thread().size() + ": intakes "
                        + bot.bot().components().intakes().all().stream().map(i -> i.subject() + "=" + i.outcome()).toList());
    }

    private RequestRecord onlyRequest() {
        return bot.bot().components().requests().all().get(0);
    }

    private List<ThreadMessage> thread() {
        return bot.bot().components().threads().ofRequest(onlyRequest().id());
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (Exception e) {
            return "";
        }
    }
}
