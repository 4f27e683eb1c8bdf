package org.pdbot.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.mail.ReusedSmtpConnection;
import org.pdbot.store.OutboxStore;
import org.pdbot.testing.RunningBot;

/** How the outbox hands mail to the SMTP server: at once when queued, and a backlog over one connection. */
class OutboxDeliveryTest {

    private static final String OPLA = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";

    @TempDir
    Path data;

    @Test
    void aQueuedRequestGoesOutWithoutWaitingForTheOutboxPoll() throws Exception {
        // the outbox would look on its own only once an hour: the request arriving proves the queue woke it
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.outbox.poll-ms", "3600000"))) {
            bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());

            MimeMessage request = bot.awaitInbox(OPLA, 1).get(0);

            assertThat(request.getSubject()).contains("A201-555-123");
            // the mail reaches the server a moment before the outbox records it as sent
            OutboxStore outbox = bot.bot().components().outbox();
            RunningBot.await(() -> outbox.all().stream().allMatch(m -> m.status().equals("SENT")),
                    java.time.Duration.ofSeconds(5), () -> "every outbox mail SENT: " + outbox.all());
        }
    }

    @Test
    void aBacklogOfRequestsGoesOutOverOneSmtpConnection() throws Exception {
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.intake.max-messages-per-poll", "50"))) {
            for (int i = 0; i < 12; i++) {
                bot.sendToInbox("paralegal@clinic.test",
                        aCaseMail().with("A-Number", String.format("A304-100-%03d", i)).bytes());
            }

            RunningBot.await(() -> bot.inbox(OPLA).size() >= 12, java.time.Duration.ofSeconds(120),
                    () -> "12 requests at OPLA, has " + bot.inbox(OPLA).size());
            List<MimeMessage> requests = bot.inbox(OPLA);

            assertThat(requests).hasSize(12);
            ReusedSmtpConnection smtp = bot.bot().camelContext().getRegistry()
                    .lookupByNameAndType(ReusedSmtpConnection.BEAN_NAME, ReusedSmtpConnection.class);
            // the requests are queued one by one as the inbox is read, seconds apart at most: well inside the
            // 10 s the connection stays open without mail
            assertThat(smtp.connections()).isEqualTo(1);
        }
    }
}
