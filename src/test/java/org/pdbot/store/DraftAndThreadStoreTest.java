package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.testing.TestDatabases;

/** Drafts and their versions, a request's thread and history, and request lookups, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class DraftAndThreadStoreTest {

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
        intakeId = new IntakeStore(db).insert("MAIL", "<case@clinic.test>", "f".repeat(64), "paralegal@clinic.test",
                "PD request", "raw/1.eml", Instant.now()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDraftSupersedesTheEarlierOneAndOnlyTheCurrentOneCanBeRetired() {
        long request = request("DRAFT", "201555123", LocalDate.of(2027, 3, 9));
        DraftRecord first = draft(request, "<draft-1@clinic.test>", "DRAFT-1", null);
        DraftRecord second = draft(request, "<draft-2@clinic.test>", "DRAFT-2",
                new DraftRecord.Letter(LocalDate.of(2026, 12, 4), "Dear Chief Counsel,", "[]"));
        DraftStore drafts = new DraftStore(db);

        assertThat(second.version()).isEqualTo(2);
        assertThat(drafts.byReference("DRAFT-1")).map(DraftRecord::superseded).contains(true);
        assertThat(drafts.latest(request)).map(DraftRecord::id).contains(second.id());
        assertThat(drafts.byMessageId("<draft-2@clinic.test>").orElseThrow().letter())
                .isEqualTo(new DraftRecord.Letter(LocalDate.of(2026, 12, 4), "Dear Chief Counsel,", "[]"));
        assertThat(drafts.latest(request).orElseThrow().requestMails())
                .containsExactly(Path.of("outbox/a.eml"), Path.of("outbox/b.eml"));
        boolean retiredFirst = db.inTransaction(c -> DraftStore.supersede(c, first.id()));
        boolean retiredSecond = db.inTransaction(c -> DraftStore.supersede(c, second.id()));
        assertThat(retiredFirst).as("already superseded").isFalse();
        assertThat(retiredSecond).isTrue();
    }

    @Test
    void theCaseARequestWasMadeFromIsKeptWithItsKey() {
        long earlier = request("SENT", "201555123", null);
        long request = request("DRAFT", "201555123", null);
        String json = "{\"aNumber\":\"201555123\",\"facts\":\"" + "long text ".repeat(2000) + "\"}";

        db.inTransaction(c -> {
            RequestStore.saveCase(c, earlier, "201555123|DISMISSAL", "{}", null);
            RequestStore.saveCase(c, request, "201555123|DISMISSAL", json, earlier);
            return null;
        });

        assertThat(new DraftStore(db).caseJson(request)).contains(json);
        assertThat(requests.byCaseKey("201555123|DISMISSAL")).extracting(RequestRecord::id)
                .containsExactly(request, earlier);
        assertThat(requests.byANumber("201555123")).hasSize(2);
    }

    @Test
    void aThreadKeepsItsMailsAndHistoryInOrderAndUnmatchedMailApart() {
        long request = request("SENT", "201555124", LocalDate.now().plusDays(10));
        Instant at = Instant.parse("2026-12-01T15:00:00Z");
        db.inTransaction(c -> {
            ThreadStore.insert(c, new ThreadMessage(0, request, intakeId, "<reply@ice.dhs.gov>", "opla@ice.dhs.gov",
                    "RE: PD request", at, "OPLA", "ACKNOWLEDGED", "HEADER", "received", "raw/2.eml", "We received it."));
            ThreadStore.insert(c, new ThreadMessage(0, null, intakeId, "<stray@ice.dhs.gov>", "opla@ice.dhs.gov",
                    "Question", at.plusSeconds(60), "OPLA", "OTHER", null, null, "raw/3.eml", "Which case?"));
            RequestStore.changeStatus(c, request, RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, "receipt",
                    "<reply@ice.dhs.gov>");
            RequestStore.touchReply(c, request, at);
            return null;
        });
        ThreadStore threads = new ThreadStore(db);

        assertThat(threads.ofRequest(request)).extracting(ThreadMessage::messageId).containsExactly("<reply@ice.dhs.gov>");
        assertThat(threads.unmatched()).extracting(ThreadMessage::messageId).containsExactly("<stray@ice.dhs.gov>");
        assertThat(threads.requestOfThreadMessage("<reply@ice.dhs.gov>")).contains(request);
        assertThat(threads.statusChanges(request)).extracting(StatusChange::toStatus).containsExactly("ACKNOWLEDGED");
        assertThat(requests.overdueCandidates(Instant.now(), LocalDate.now().plusDays(14))).extracting(RequestRecord::id)
                .containsExactly(request);
        assertThat(requests.latest(1)).extracting(RequestRecord::id).containsExactly(request);
        assertThat(requests.count()).isEqualTo(1);
    }

    private long request(String status, String aNumber, LocalDate hearing) {
        return db.inTransaction(c -> RequestStore.insert(c, new RequestRecord(0, intakeId, aNumber, "Maria Lopez",
                "DISMISSAL", "ATL", "opla-atl@example.test", "court named", "PD request", "PD-" + System.nanoTime(),
                "<req-" + System.nanoTime() + "@clinic.test>", hearing, true, "attorney@clinic.test", status, null,
                null)).id());
    }

    private DraftRecord draft(long request, String messageId, String reference, DraftRecord.Letter letter) {
        return db.inTransaction(c -> DraftStore.insert(c, request, messageId, reference, "attorney@clinic.test",
                List.of(Path.of("outbox/a.eml"), Path.of("outbox/b.eml")), "opla-atl@example.test", letter));
    }
}
