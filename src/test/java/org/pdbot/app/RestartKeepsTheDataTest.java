package org.pdbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.Database;
import org.pdbot.testing.RunningBot;

/** What an upgrade does to the data folder: the bot starts on it again, migrations run once, the cases stay. */
class RestartKeepsTheDataTest {

    @TempDir
    Path data;

    @Test
    void aRestartOnTheSameDataFolderKeepsTheRequestsAndRunsEachMigrationOnce() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
            bot.awaitInbox("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", 1);
            RunningBot.await(() -> "SENT".equals(bot.bot().components().requests().all().get(0).status()),
                    java.time.Duration.ofSeconds(20), () -> "request sent");
        }
        List<String> before = migrations();

        try (RunningBot again = RunningBot.start(data)) {
            assertThat(again.bot().components().requests().all()).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
        }

        assertThat(migrations()).isEqualTo(before).isNotEmpty().doesNotHaveDuplicates();
    }

    private List<String> migrations() throws Exception {
        try (Database db = Database.open(data); var c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" order by 1")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
