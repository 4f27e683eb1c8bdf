package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.testing.TestDatabases;

/** The outbox's states, each change guarded by the state it expects, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class OutboxStoreTest {

    @Parameter
    Database.Vendor vendor;

    @TempDir
    Path data;

    Database db;
    OutboxStore outbox;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(vendor, data);
        outbox = new OutboxStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDueMailIsMarkedSendingOnceAndSentAfterwards() {
        long id = queue("<one@clinic.test>");

        List<OutboxMail> due = outbox.claimDue(10);
        assertThat(due).extracting(OutboxMail::id).containsExactly(id);
        assertThat(due.get(0).attempts()).as("the attempt it will be once marked").isEqualTo(1);
        assertThat(outbox.markSending(id)).isTrue();
        assertThat(outbox.markSending(id)).as("another sender finds it taken").isFalse();
        assertThat(outbox.claimDue(10)).isEmpty();

        outbox.markSent(id, "250 2.0.0 Ok: queued as 4F2");
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(outbox.sentBefore(Instant.now().plusSeconds(1), -1)).contains("<one@clinic.test>");
    }

    @Test
    void oneCommitRecordsTheSentMailAndMarksTheNext() {
        long first = queue("<first@clinic.test>");
        long second = queue("<second@clinic.test>");
        outbox.markSending(first);

        assertThat(outbox.markSentThenSending(first, "250 Ok", second)).isTrue();

        assertThat(status(first)).isEqualTo("SENT");
        assertThat(status(second)).isEqualTo("SENDING");
        assertThat(outbox.markSentThenSending(second, "250 Ok", first)).as("the first is no longer pending").isFalse();
        assertThat(status(second)).isEqualTo("SENT");
    }

    @Test
    void aSendCutShortIsSettledByEvidenceOrSentAgainButNeverBoth() {
        long found = queue("<found@clinic.test>");
        long missing = queue("<missing@clinic.test>");
        outbox.markSending(found);
        outbox.markSending(missing);

        assertThat(outbox.flagInterruptedSends()).isEqualTo(2);
        assertThat(outbox.interrupted()).extracting(i -> i.mail().id()).containsExactly(found, missing);

        assertThat(outbox.markSentByEvidence(found, "its copy is in INBOX")).isTrue();
        assertThat(outbox.resend(found, "no copy")).as("settled already").isFalse();
        assertThat(outbox.resend(missing, "no copy after 15 minutes")).isTrue();
        assertThat(outbox.markSentByEvidence(missing, "late copy")).as("queued again already").isFalse();

        assertThat(status(found)).isEqualTo("SENT");
        assertThat(status(missing)).isEqualTo("PENDING");
        assertThat(outbox.claimDue(10)).extracting(OutboxMail::id).containsExactly(missing);
        assertThat(outbox.resolutions()).containsEntry("POSSIBLY_SENT", 2L).containsEntry("SENT_BY_EVIDENCE", 1L)
                .containsEntry("RESENT", 1L);
    }

    @Test
    void retriesAndFailuresChangeOnlyMailsStillOnTheirWay() {
        long retried = queue("<retried@clinic.test>");
        long refused = queue("<refused@clinic.test>");
        long sent = queue("<sent@clinic.test>");
        outbox.markSending(retried);
        outbox.markSending(sent);
        outbox.markSent(sent, null);

        outbox.markForRetry(retried, "421 try later", Duration.ofHours(1));
        outbox.markFailed(refused, "550 no such user");
        outbox.markFailed(sent, "a late error");

        assertThat(status(retried)).isEqualTo("PENDING");
        assertThat(outbox.claimDue(10)).as("not due for an hour").isEmpty();
        assertThat(status(refused)).isEqualTo("FAILED");
        assertThat(status(sent)).as("a sent mail stays sent").isEqualTo("SENT");
        OutboxStore.Backlog backlog = outbox.backlog();
        assertThat(backlog.waiting()).isEqualTo(1);
        assertThat(backlog.failed()).isEqualTo(1);
        assertThat(backlog.lastError()).isEqualTo("421 try later");
    }

    private long queue(String messageId) {
        return db.inTransaction(c -> OutboxStore.insert(c, "NEEDS_INFO", null, null, messageId,
                "paralegal@clinic.test", "outbox/" + messageId.replaceAll("\\W", "") + ".eml"));
    }

    private String status(long id) {
        return outbox.all().stream().filter(m -> m.id() == id).findFirst().orElseThrow().status();
    }
}
