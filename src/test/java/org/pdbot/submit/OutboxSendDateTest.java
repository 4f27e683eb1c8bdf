package org.pdbot.submit;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.OutgoingMail;
import org.pdbot.mail.OutboxSignal;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxMail;
import org.pdbot.store.OutboxStore;
import org.pdbot.testing.MutableClock;

/** A mail's {@code Date:} is the moment the outbox sends it, not when it was queued, also on a retry. */
class OutboxSendDateTest {

    @TempDir
    Path data;

    Database db;
    OutboxStore store;
    Outbox outbox;
    MutableClock clock;
    OutboxSender sender;

    @BeforeEach
    void open() {
        db = Database.open(data);
        store = new OutboxStore(db);
        OutboxSignal signal = new OutboxSignal();
        outbox = new Outbox(data, signal);
        clock = new MutableClock(Instant.parse("2027-01-04T15:00:00Z"));
        sender = new OutboxSender(store, Session.getInstance(new Properties()), 10, 5, Duration.ofMillis(1),
                Duration.ofMillis(1), signal, Duration.ofMillis(10), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void dateHeaderIsTheSendTimeAndMovesWithARetry() throws Exception {
        MimeMessage composed = new MailComposer(Session.getInstance(new Properties())).compose(new OutgoingMail(
                "intake@clinic.test", List.of("opla@ice.dhs.gov"), List.of(), "Request", "Letter", null, List.of(),
                "<date-test@clinic.test>", null, List.of(), Map.of(), List.of()));
        db.inTransaction(c -> outbox.enqueue(c, "REQUEST", null, null, composed, List.of("opla@ice.dhs.gov")));

        clock.advance(Duration.ofDays(2));
        OutboxMail due = sender.claim().get(0);
        MimeMessage first = sender.load(due);
        assertThat(first.getSentDate().toInstant()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(first.getMessageID()).isEqualTo("<date-test@clinic.test>");

        sender.failed(due, new jakarta.mail.MessagingException("server unreachable"));
        clock.advance(Duration.ofHours(5));
        Thread.sleep(20);
        MimeMessage retried = sender.load(sender.claim().get(0));
        assertThat(retried.getSentDate().toInstant()).isEqualTo(Instant.parse("2027-01-06T20:00:00Z"));
    }
}
