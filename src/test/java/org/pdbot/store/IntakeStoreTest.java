package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.testing.TestDatabases;

/** Intakes, their one outcome, and how a second delivery is recognised, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class IntakeStoreTest {

    @Parameter
    Database.Vendor vendor;

    @TempDir
    Path data;

    Database db;
    IntakeStore intakes;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(vendor, data);
        intakes = new IntakeStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMailSeenBeforeIsFoundByItsContentOrByItsMessageId() {
        Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IntakeRecord first = intakes.insert("MAIL", "<case@clinic.test>", "a".repeat(64), "paralegal@clinic.test",
                "PD request", "raw/1.eml", received);

        assertThat(intakes.findSeen("a".repeat(64), null)).map(IntakeRecord::id).contains(first.id());
        assertThat(intakes.findSeen("b".repeat(64), "<case@clinic.test>")).as("same mail, other trace headers")
                .map(IntakeRecord::id).contains(first.id());
        assertThat(intakes.findSeen("b".repeat(64), "<other@clinic.test>")).isEmpty();
        assertThat(intakes.byId(first.id()).orElseThrow().receivedAt()).isEqualTo(received);
    }

    @Test
    void theOutcomeIsRecordedOnceAndReadUnderLock() {
        IntakeRecord intake = intakes.insert("FOLDER", null, "c".repeat(64), null, "case.json", "raw/2.json",
                Instant.now());

        String before = db.inTransaction(c -> IntakeStore.lockOutcome(c, intake.id()));
        db.inTransaction(c -> {
            IntakeStore.finish(c, intake.id(), "NEEDS_INFO", "No A-number.\nNo hearing date.");
            return null;
        });

        assertThat(before).isNull();
        String after = db.inTransaction(c -> IntakeStore.lockOutcome(c, intake.id()));
        assertThat(after).isEqualTo("NEEDS_INFO");
        assertThat(intakes.all()).singleElement().satisfies(i -> {
            assertThat(i.outcome()).isEqualTo("NEEDS_INFO");
            assertThat(i.detail()).isEqualTo("No A-number.\nNo hearing date.");
        });
    }

    @Test
    void overlongHeadersAreCutToTheirColumnsAndFailuresAreCountedByContent() {
        IntakeRecord intake = intakes.insert("MAIL", "<" + "x".repeat(1200) + "@clinic.test>", "d".repeat(64),
                "someone@" + "y".repeat(400) + ".test", "S".repeat(3000), "raw/3.eml", Instant.now());
        IntakeFailures failures = new IntakeFailures(db);

        assertThat(intakes.byId(intake.id()).orElseThrow().subject()).hasSize(1000);
        assertThat(failures.record("d".repeat(64), intake.id(), "parser crashed")).isEqualTo(1);
        assertThat(failures.record("d".repeat(64), intake.id(), "parser crashed again")).isEqualTo(2);
        assertThat(failures.record("e".repeat(64), null, "another mail")).isEqualTo(1);
        boolean recorded = db.inTransaction(c -> AuditLog.has(c, "INTAKE_FAILED", "sha256:" + "e".repeat(64)
                + " another mail"));
        assertThat(recorded).isTrue();
    }
}
