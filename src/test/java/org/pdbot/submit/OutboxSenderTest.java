package org.pdbot.submit;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.OutgoingMail;
import org.pdbot.mail.OutboxSignal;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.mail.UncertainDelivery;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxMail;
import org.pdbot.store.OutboxStore;
import org.pdbot.testing.TestDatabases;

/** What a failed send does to the mail: retried only when the server cannot have it. On H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class OutboxSenderTest {

    @Parameter
    Database.Vendor vendor;

    @TempDir
    Path data;

    Database db;
    OutboxStore store;
    OutboxSender sender;
    Outbox outbox;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(vendor, data);
        store = new OutboxStore(db);
        OutboxSignal signal = new OutboxSignal();
        outbox = new Outbox(data, signal);
        sender = new OutboxSender(store, Session.getInstance(new Properties()), 10, 5, Duration.ofMillis(1),
                Duration.ofMillis(1), signal, Duration.ofMillis(10), "intake@clinic.test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMailTheServerMayHaveIsPossiblySentAndNotRetried() throws Exception {
        OutboxMail mail = onTheWire();

        sender.failed(mail, new UncertainDelivery(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"))), null);

        assertThat(statusOf(mail)).isEqualTo("POSSIBLY_SENT");
        assertThat(store.interrupted()).extracting(i -> i.mail().id()).containsExactly(mail.id());
        Thread.sleep(20);
        assertThat(sender.claim()).as("nothing to send again").isEmpty();
    }

    @Test
    void aMailTheServerTookIsNeverQueuedAgainWhenRecordingItFails() throws Exception {
        OutboxMail mail = onTheWire();

        sender.failed(mail, new IllegalStateException("database is busy"), true);

        assertThat(statusOf(mail)).as("settled by its archive copy at the next start").isEqualTo("SENDING");
        Thread.sleep(20);
        assertThat(sender.claim()).isEmpty();
    }

    @Test
    void aMailTheServerCannotHaveIsRetried() throws Exception {
        OutboxMail mail = onTheWire();

        sender.failed(mail, new MessagingException("Can't send command to SMTP host", new IOException("reset")), null);

        assertThat(statusOf(mail)).isEqualTo("PENDING");
        Thread.sleep(20);
        assertThat(sender.claim()).extracting(OutboxMail::id).containsExactly(mail.id());
    }

    @Test
    void everyMailCarriesTheArchiveCopyExceptOneAddressedToTheArchive() throws Exception {
        enqueue("NEEDS_INFO", "<answer@clinic.test>", "paralegal@clinic.test");
        enqueue("POSSIBLY_SENT_NOTICE", "<notice@clinic.test>", "intake@clinic.test");
        List<OutboxMail> due = sender.claim();

        assertThat(sender.load(due.get(0)).getRecipients(jakarta.mail.Message.RecipientType.BCC))
                .extracting(Object::toString).containsExactly("intake@clinic.test");
        assertThat(sender.load(due.get(1)).getRecipients(jakarta.mail.Message.RecipientType.BCC)).isNull();
    }

    @Test
    void aMailTheServerAcceptedIsRecordedSentWithTheNextMailsSendingMark() throws Exception {
        enqueue("REQUEST", "<first@clinic.test>", "opla@ice.dhs.gov");
        enqueue("REQUEST", "<second@clinic.test>", "opla@ice.dhs.gov");
        List<OutboxMail> due = sender.claim();
        sender.load(due.get(0));

        sender.accepted(due.get(0), "250 2.0.0 Ok: queued as A1");
        assertThat(statusOf(due.get(0))).as("not recorded yet: a crash now leaves it to its archive copy")
                .isEqualTo("SENDING");
        sender.load(due.get(1));
        assertThat(statusOf(due.get(0))).isEqualTo("SENT");
        assertThat(statusOf(due.get(1))).isEqualTo("SENDING");

        sender.accepted(due.get(1), "250 2.0.0 Ok: queued as A2");
        sender.flush();
        assertThat(statusOf(due.get(1))).as("the round's end records the last one").isEqualTo("SENT");
        assertThat(store.all()).extracting(OutboxMail::status).containsOnly("SENT");
    }

    @Test
    void aFailedSendAfterAnAcceptedOneStillRecordsTheAcceptedOneAsSent() throws Exception {
        enqueue("REQUEST", "<first@clinic.test>", "opla@ice.dhs.gov");
        enqueue("REQUEST", "<second@clinic.test>", "opla@ice.dhs.gov");
        List<OutboxMail> due = sender.claim();
        sender.load(due.get(0));
        sender.accepted(due.get(0), "250 Ok");

        // the server is gone before the second mail could be marked: the first was taken all the same
        sender.failed(due.get(1), new MessagingException("Can't connect", new IOException("refused")), null);

        assertThat(statusOf(due.get(0))).isEqualTo("SENT");
        assertThat(statusOf(due.get(1))).isEqualTo("PENDING");
    }

    private OutboxMail onTheWire() throws Exception {
        enqueue("REQUEST", "<request@clinic.test>", "opla@ice.dhs.gov");
        OutboxMail mail = sender.claim().get(0);
        sender.load(mail);
        assertThat(statusOf(mail)).isEqualTo("SENDING");
        return mail;
    }

    private void enqueue(String kind, String messageId, String to) throws MessagingException {
        var composed = new MailComposer(Session.getInstance(new Properties())).compose(new OutgoingMail(
                "intake@clinic.test", List.of(to), List.of(), "Subject", "Text", null, List.of(), messageId, null,
                List.of(), Map.of(), List.of()));
        db.inTransaction(c -> outbox.enqueue(c, kind, null, null, composed, List.of(to)));
    }

    private String statusOf(OutboxMail mail) {
        return store.all().stream().filter(m -> m.id() == mail.id()).findFirst().orElseThrow().status();
    }
}
