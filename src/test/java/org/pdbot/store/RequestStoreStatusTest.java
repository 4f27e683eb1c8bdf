package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.testing.TestDatabases;

/**
 * Every status write goes through RequestStore: checked against the allowed moves and the status it came from.
 * On H2 and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class RequestStoreStatusTest {

    @Parameter
    Database.Vendor vendor;

    @TempDir
    Path data;

    Database db;
    RequestStore requests;
    long intakeId;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(vendor, data);
        requests = new RequestStore(db);
        intakeId = new IntakeStore(db).insert("MAIL", "<case@clinic.example>", "hash", "paralegal@clinic.example",
                "PD request", "raw/1.eml", Instant.now()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void approvingTwiceMovesTheDraftOnceAndRecordsWhoApproved() {
        long id = request("DRAFT");

        boolean first = db.inTransaction(c -> RequestStore.decide(c, id, RequestStatus.QUEUED, "attorney@clinic.example", "approved by reply"));
        boolean second = db.inTransaction(c -> RequestStore.decide(c, id, RequestStatus.QUEUED, "attorney@clinic.example", "approved again"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(requests.byId(id).orElseThrow().state()).isEqualTo(RequestStatus.QUEUED);
        assertThat(count("select count(*) from status_change where request_id = " + id)).isEqualTo(1);
        assertThat(count("select count(*) from pd_request where approved_by = 'attorney@clinic.example'")).isEqualTo(1);
    }

    @Test
    void aChangeDecidedFromAStatusTheRequestHasLeftIsNotWritten() {
        long id = request("QUEUED");
        db.inTransaction(c -> RequestStore.followOutbox(c, id, RequestStatus.SENT, Instant.now()));
        db.inTransaction(c -> RequestStore.changeStatus(c, id, RequestStatus.SENT, RequestStatus.AGREED, "OPLA agreed", null));

        // a reminder round that read the request while it was still SENT
        boolean overdue = db.inTransaction(c -> RequestStore.changeStatus(c, id, RequestStatus.SENT,
                RequestStatus.OVERDUE, "no answer within 30 days", null));

        assertThat(overdue).isFalse();
        assertThat(requests.byId(id).orElseThrow().state()).isEqualTo(RequestStatus.AGREED);
    }

    @Test
    void anAnswerRecordedBeforeTheSendWasMarkedStaysWhenTheOutboxReportsSent() {
        long id = request("QUEUED");
        db.inTransaction(c -> RequestStore.followOutbox(c, id, RequestStatus.POSSIBLY_SENT, null));
        db.inTransaction(c -> RequestStore.changeStatus(c, id, RequestStatus.POSSIBLY_SENT,
                RequestStatus.ACKNOWLEDGED, "receipt", null));

        boolean moved = db.inTransaction(c -> RequestStore.followOutbox(c, id, RequestStatus.SENT, Instant.now()));

        RequestRecord r = requests.byId(id).orElseThrow();
        assertThat(moved).isFalse();
        assertThat(r.state()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        assertThat(r.sentAt()).as("the send time is recorded all the same").isNotNull();
    }

    @Test
    void aMoveTheStatusesDoNotAllowIsAProgrammingErrorAndWritesNothing() {
        long id = request("DRAFT");

        assertThatThrownBy(() -> db.inTransaction(c -> RequestStore.changeStatus(c, id, RequestStatus.DRAFT,
                RequestStatus.SENT, "skipping approval", null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DRAFT to SENT");
        assertThat(requests.byId(id).orElseThrow().state()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void aRequestWithAStatusNobodyKnowsIsNotStored() {
        assertThatThrownBy(() -> request("LOST_IN_THE_MAIL")).isInstanceOf(IllegalArgumentException.class);
        assertThat(requests.all()).isEmpty();
    }

    private long request(String status) {
        return db.inTransaction(c -> RequestStore.insert(c, new RequestRecord(0, intakeId, "A123456789".substring(1),
                "Maria Lopez", "DISMISSAL", "SFR", "opla-sfr@example.test", "court named", "PD request",
                "PD-" + System.nanoTime(), "<req-" + System.nanoTime() + "@pdbot.example>", null, null,
                "attorney@clinic.example", status, null, null)).id());
    }

    private int count(String sql) {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
