package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by a release that kept every migration in one folder ({@code db/migration}) opens, keeps its
 * data and migrates on with the folders split by vendor: the applied migrations are the same files.
 */
class EarlierReleaseUpgradeTest {

    private static final List<String> EARLIER = List.of("h2/V1__intake_requests_outbox.sql",
            "common/V2__reply_tracking.sql", "h2/V3__review_drafts.sql", "h2/V4_1__draft_letter.sql",
            "common/V4_2__outbox_evidence.sql");

    @TempDir
    Path data;

    @TempDir
    Path oneFolder;

    @Test
    void aDatabaseMigratedFromOneFolderOpensWithItsDataAndNothingToRedo() throws IOException {
        for (String migration : EARLIER) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + migration)) {
                Files.copy(in, oneFolder.resolve(Path.of(migration).getFileName()));
            }
        }
        Path dir = data.resolve("db");
        JdbcConnectionPool earlier = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("pdbot"), "pdbot", "");
        try {
            Flyway.configure().dataSource(earlier).locations("filesystem:" + oneFolder).load().migrate();
        } finally {
            earlier.dispose();
        }
        try (Database db = Database.open(data)) {
            new IntakeStore(db).insert("MAIL", "<kept@clinic.test>", "a".repeat(64), null, "kept", "raw/1.eml",
                    Instant.now());
        }

        try (Database reopened = Database.open(data)) {
            assertThat(new IntakeStore(reopened).all()).extracting(IntakeRecord::subject).containsExactly("kept");
            List<String> applied = reopened.inTransaction(c -> Sql.list(c, "select \"version\" from "
                    + "\"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"",
                    rs -> rs.getString(1)));
            assertThat(applied).as("the earlier migrations applied once, none again, the new ones after them")
                    .startsWith("1", "2", "3", "4.1", "4.2").doesNotHaveDuplicates();
        }
    }
}
