package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction pdbot saw committed is on disk, even if the process is SIGKILLed the next instant: pdbot acts
 * on a commit at once (files the intake mail away, hands the next mail to SMTP).
 */
class CommitSurvivesKillTest {

    @TempDir
    Path data;

    @Test
    void everyCommitAcknowledgedBeforeSigkillIsStillThereAfterRestart() throws Exception {
        Database.open(data).close();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, Committer.class.getName(), data.toString()).redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring(10));
                    if (acknowledged == 200) {
                        child.destroyForcibly(); // SIGKILL right after the 200th commit was acknowledged
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor()).isEqualTo(137);

        try (Database reopened = Database.open(data)) {
            List<Integer> kept = reopened.inTransaction(c -> {
                var rs = c.createStatement().executeQuery("select count(*) from event where kind = 'COMMIT_TEST'");
                rs.next();
                return List.of(rs.getInt(1));
            });
            assertThat(kept.get(0)).isGreaterThanOrEqualTo(acknowledged);
        }
    }

    /** The child: commits one row at a time and says so after each commit returned. */
    public static final class Committer {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(Path.of(args[0]));
            for (int i = 1; ; i++) {
                db.inTransaction(c -> c.createStatement().executeUpdate(
                        "insert into event (at, kind) values (current_timestamp, 'COMMIT_TEST')"));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
