package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a SIGKILL, H2's lock file stays behind; pdbot removes it only when its owner is certainly gone. */
class StaleLockTest {

    @TempDir
    Path data;

    @Test
    void lockFileOfAKilledOwnerIsRemoved() throws Exception {
        Database.open(data).close();
        Path lock = data.resolve("db").resolve("pdbot.lock.db");
        // what a killed owner leaves: its server address, nobody listening, nobody holding the database file
        Files.writeString(lock, "server=127.0.0.1\\:1\nhostName=localhost\nmethod=file\nid=dead\n");

        Database.removeStaleLock(data.toAbsolutePath().resolve("db"));

        assertThat(lock).doesNotExist();
    }

    @Test
    void lockFileOfARunningOwnerIsKept() throws Exception {
        try (Database running = Database.open(data)) {
            Path lock = data.resolve("db").resolve("pdbot.lock.db");
            assertThat(lock).exists();

            Database.removeStaleLock(data.toAbsolutePath().resolve("db"));

            assertThat(lock).exists();
            assertThat(running.<Integer>inTransaction(c -> c.createStatement().executeUpdate(
                    "insert into event (at, kind) values (current_timestamp, 'STILL_OPEN')"))).isEqualTo(1);
        }
    }
}
