package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash (SIGKILL) in the middle of a schema migration must not leave a database pdbot can never open again. */
class InterruptedMigrationTest {

    @TempDir
    Path data;

    @Test
    void halfMigratedCopyLeftByACrashOnFirstStartIsDiscardedAndTheSchemaBuiltWhole() throws Exception {
        Path db = Files.createDirectories(data.resolve("db"));
        halfMigrate(db.resolve("pdbot-migrating"));

        try (Database opened = Database.open(data)) {
            assertThat(tables(opened)).contains("INTAKE", "PD_REQUEST", "OUTBOX", "EVENT", "DRAFT", "THREAD_MESSAGE");
        }
        assertThat(Files.exists(db.resolve("pdbot-migrating.mv.db"))).isFalse();
    }

    @Test
    void halfMigratedCopyLeftByACrashDuringAnUpgradeLeavesTheDataIntact() throws Exception {
        try (Database first = Database.open(data)) {
            first.<Integer>inTransaction(c -> c.createStatement().executeUpdate("insert into event (at, kind, detail) "
                    + "values (current_timestamp, 'KEPT', 'before the crash')"));
        }
        halfMigrate(data.resolve("db").resolve("pdbot-migrating"));

        try (Database reopened = Database.open(data)) {
            Integer kept = reopened.inTransaction(c -> {
                var rs = c.createStatement().executeQuery("select count(*) from event where kind = 'KEPT'");
                rs.next();
                return rs.getInt(1);
            });
            assertThat(kept).isEqualTo(1);
        }
    }

    /** What a kill leaves behind: the first tables of V1 created, no record of the migration. */
    private static void halfMigrate(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "pdbot", "");
             Statement s = c.createStatement()) {
            s.execute("create table intake (id bigint primary key)");
            s.execute("create table pd_request (id bigint primary key)");
        }
    }

    private static java.util.List<String> tables(Database db) {
        return db.inTransaction(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
