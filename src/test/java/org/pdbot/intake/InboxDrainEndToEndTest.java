package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.RunningBot.await;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.RequestRecord;
import org.pdbot.testing.CaseMail;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RawSmtp;
import org.pdbot.testing.RunningBot;

/**
 * The inbox is read in batches: mail waiting when pdbot starts is read in one drain, handled several at a time,
 * and filed by outcome, each mail in exactly one folder; mail a person flagged deleted stays as it is; copies of
 * one case handled at the same time still make one request; and with IMAP IDLE new mail is picked up without
 * waiting for the next poll.
 */
class InboxDrainEndToEndTest {

    private static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aBatchIsFiledByOutcomeEachMailInExactlyOneFolder() throws Exception {
        try (MailServer mail = MailServer.start()) {
            deliver(mail, aCaseMail().with("A-Number", "A201-600-001").subject("case one"));
            deliver(mail, aCaseMail().with("A-Number", "A201-600-002").subject("case two"));
            deliver(mail, aCaseMail().with("A-Number", "A201-600-003").without("Reasons").subject("incomplete"));
            deliver(mail, aCaseMail().with("A-Number", "A201-600-004").from("someone@elsewhere.test").subject("stranger"));
            deliver(mail, aCaseMail().with("A-Number", "A201-600-005").subject("deleted by a person"));
            flagDeleted(mail, "deleted by a person");

            try (RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.intake.threads", "3")))) {
                await(() -> mail.mailbox(MailServer.INBOX, "pdbot-processed").size() == 2
                                && mail.mailbox(MailServer.INBOX, "pdbot-needs-info").size() == 1
                                && mail.mailbox(MailServer.INBOX, "pdbot-quarantine").size() == 1
                                && mail.mailbox(MailServer.INBOX, "INBOX").size() == 1,
                        DEADLINE, () -> "the four mails filed, the person's deleted mail left: " + folders(mail));

                assertThat(subjects(mail, "pdbot-processed")).containsExactlyInAnyOrder("case one", "case two");
                assertThat(subjects(mail, "pdbot-needs-info")).containsExactly("incomplete");
                assertThat(subjects(mail, "pdbot-quarantine")).containsExactly("stranger");
                MimeMessage left = mail.mailbox(MailServer.INBOX, "INBOX").get(0);
                assertThat(left.getSubject()).isEqualTo("deleted by a person");
                assertThat(left.isSet(Flags.Flag.DELETED)).isTrue();

                List<IntakeRecord> intakes = bot.bot().components().intakes().all();
                assertThat(intakes).extracting(IntakeRecord::subject)
                        .containsExactlyInAnyOrder("case one", "case two", "incomplete", "stranger");
                assertThat(intakes).extracting(IntakeRecord::outcome)
                        .containsExactlyInAnyOrder("SUBMITTED", "SUBMITTED", "NEEDS_INFO", "QUARANTINED");
                await(() -> mail.mailbox(STEWART, "INBOX").size() == 2, DEADLINE, () -> "two requests sent");
            }
        }
    }

    @Test
    void copiesOfOneCaseHandledAtTheSameTimeMakeOneRequest() throws Exception {
        try (MailServer mail = MailServer.start()) {
            CaseMail original = aCaseMail().with("A-Number", "A201-700-001").subject("the case");
            byte[] bytes = original.bytes();
            // the very same bytes three times (same content), and twice more with one header added (same Message-ID)
            for (int i = 0; i < 3; i++) {
                deliver(mail, bytes);
            }
            for (int i = 0; i < 2; i++) {
                RawSmtp.send(mail.smtpPort(), "paralegal@clinic.test", MailServer.INBOX, bytes);
            }
            for (String aNumber : List.of("A201-700-002", "A201-700-003", "A201-700-004")) {
                deliver(mail, aCaseMail().with("A-Number", aNumber).subject("another case"));
            }
            await(() -> mail.mailbox(MailServer.INBOX, "INBOX").size() == 8, DEADLINE, () -> "8 mails in the inbox");

            try (RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.intake.threads", "4")))) {
                await(() -> mail.mailbox(MailServer.INBOX, "pdbot-processed").size() == 8
                                && mail.mailbox(MailServer.INBOX, "INBOX").isEmpty(),
                        DEADLINE, () -> "all 8 mails filed: " + folders(mail));
                await(() -> mail.mailbox(STEWART, "INBOX").size() >= 4, DEADLINE, () -> "four requests sent");

                Map<String, Long> perCase = bot.bot().components().requests().all().stream()
                        .collect(Collectors.groupingBy(RequestRecord::aNumber, Collectors.counting()));
                assertThat(perCase).containsOnly(Map.entry("201700001", 1L), Map.entry("201700002", 1L),
                        Map.entry("201700003", 1L), Map.entry("201700004", 1L));
                assertThat(mail.mailbox(STEWART, "INBOX")).hasSize(4);
                assertThat(bot.bot().components().intakes().all()).extracting(IntakeRecord::outcome)
                        .containsOnly("SUBMITTED").hasSize(4);
            }
        }
    }

    @Test
    void newMailIsPickedUpWithoutWaitingForThePoll() throws Exception {
        try (MailServer mail = MailServer.start();
             RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.intake.poll-delay-ms", "60000")))) {
            Observe observe = new Observe(data);
            // the one poll at start (the next is a minute away), and the IDLE watcher waiting
            InboxRoutePolicy policy = bot.bot().camelContext().getRegistry()
                    .lookupByNameAndType("inboxRoutePolicy", InboxRoutePolicy.class);
            await(() -> bot.bot().observability().inboxPolls().state().successes() >= 1 && policy.idle().watching(),
                    DEADLINE, () -> "a first poll and IDLE watching");

            RawSmtp.send(mail.smtpPort(), "paralegal@clinic.test", MailServer.INBOX,
                    aCaseMail().with("A-Number", "A201-800-001").bytes());

            // well before the next poll: only IDLE can have brought it in
            Duration beforeTheNextPoll = Duration.ofSeconds(30);
            await(() -> mail.mailbox(STEWART, "INBOX").size() == 1, beforeTheNextPoll, () -> "the request sent");
            await(() -> mail.mailbox(MailServer.INBOX, "pdbot-processed").size() == 1, beforeTheNextPoll,
                    () -> "the mail filed");
            assertThat(observe.routeExchanges("intake-mail")).isLessThanOrEqualTo(1.0);
        }
    }

    private static void deliver(MailServer mail, CaseMail c) throws Exception {
        deliver(mail, c.bytes());
    }

    private static void deliver(MailServer mail, byte[] raw) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        mail.greenMail().getUserManager().getUserByEmail(MailServer.INBOX).deliver(m);
    }

    /** As a person does in a mail client: flags one inbox mail deleted and leaves it there. */
    private static void flagDeleted(MailServer mail, String subject) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.greenMail().getImap().getPort(), MailServer.INBOX, MailServer.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message m : inbox.getMessages()) {
                if (subject.equals(m.getSubject())) {
                    m.setFlag(Flags.Flag.DELETED, true);
                }
            }
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    private static List<String> subjects(MailServer mail, String folder) {
        return mail.mailbox(MailServer.INBOX, folder).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "?";
            }
        }).toList();
    }

    private static String folders(MailServer mail) {
        return List.of("INBOX", "pdbot-processed", "pdbot-needs-info", "pdbot-quarantine").stream()
                .map(f -> f + "=" + mail.mailbox(MailServer.INBOX, f).size()).collect(Collectors.joining(", "));
    }
}
