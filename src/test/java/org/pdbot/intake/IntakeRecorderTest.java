package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.store.AuditLog;
import org.pdbot.store.Database;
import org.pdbot.store.Decision;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.Outcome;
import org.pdbot.store.RawStore;
import org.pdbot.testing.TestDatabases;

/** The one place an intake's outcome is recorded, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Vendor.class)
class IntakeRecorderTest {

    @Parameter
    Database.Vendor vendor;

    @TempDir
    Path data;

    Database db;
    IntakeStore intakes;
    IntakeRecorder recorder;
    RawStore.Stored stored;

    @BeforeEach
    void open() throws IOException {
        db = TestDatabases.fresh(vendor, data);
        intakes = new IntakeStore(db);
        recorder = new IntakeRecorder(db, intakes);
        stored = new RawStore(data).store(new ByteArrayInputStream(
                "Subject: case\n\nA-Number: A123-456-789\n".getBytes(StandardCharsets.UTF_8)), ".eml");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDecisionsWritesAndTheOutcomeAreCommittedTogether() {
        IntakeRecord intake = begin();
        IntakeResult result = recorder.record(intake, c -> {
            AuditLog.record(c, intake.id(), null, "DRAFTED", "a draft was made");
            return Outcome.of(IntakeOutcome.DRAFTED, "Draft sent to the attorney");
        });

        assertThat(result.outcome()).isEqualTo(IntakeOutcome.DRAFTED);
        assertThat(result.problems()).containsExactly("Draft sent to the attorney");
        IntakeRecord saved = intakes.byId(intake.id()).orElseThrow();
        assertThat(saved.outcome()).isEqualTo("DRAFTED");
        assertThat(saved.detail()).isEqualTo("Draft sent to the attorney");
        assertThat(events(intake.id())).contains("DRAFTED");
    }

    @Test
    void aDecisionThatFailsLeavesNeitherItsWritesNorAnOutcome() {
        IntakeRecord intake = begin();
        assertThatThrownBy(() -> recorder.record(intake, c -> {
            AuditLog.record(c, intake.id(), null, "DRAFTED", "a draft was made");
            throw new SQLException("the disk is full");
        })).hasRootCauseMessage("the disk is full");

        assertThat(intakes.byId(intake.id()).orElseThrow().outcome()).isNull();
        assertThat(events(intake.id())).doesNotContain("DRAFTED");
    }

    @Test
    void aSecondCopyFindsTheFirstOutcomeAndItsDecisionIsAbandonedUnrun() {
        IntakeRecord first = begin();
        recorder.record(first, Decision.of(IntakeOutcome.SUBMITTED, "Sent to OPLA Atlanta"));

        IntakeRecord again = begin();
        AtomicBoolean decided = new AtomicBoolean();
        AtomicBoolean abandoned = new AtomicBoolean();
        IntakeResult result = recorder.record(again, new Decision() {
            @Override
            public Outcome decide(java.sql.Connection c) {
                decided.set(true);
                return Outcome.of(IntakeOutcome.SUBMITTED, "sent twice");
            }

            @Override
            public void abandon() {
                abandoned.set(true);
            }
        });

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(decided).isFalse();
        assertThat(abandoned).isTrue();
        assertThat(result.outcome()).isEqualTo(IntakeOutcome.SUBMITTED);
        assertThat(result.problems()).containsExactly("Already handled as intake #" + first.id() + " (SUBMITTED)");
        assertThat(intakes.byId(first.id()).orElseThrow().detail()).isEqualTo("Sent to OPLA Atlanta");
        assertThat(events(first.id())).contains("DUPLICATE");
    }

    private IntakeRecord begin() {
        return recorder.begin(stored, "MAIL", "<case.1@clinic.test>", "paralegal@clinic.test", "case");
    }

    private List<String> events(long intakeId) {
        return db.inTransaction(c -> {
            List<String> kinds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select kind from event where intake_id = ? order by id")) {
                ps.setLong(1, intakeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        kinds.add(rs.getString(1));
                    }
                }
            }
            return kinds;
        });
    }
}
