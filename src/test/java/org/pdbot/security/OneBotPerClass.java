package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.store.IntakeRecord;

/**
 * One real bot for a whole family of hostile inputs, in a data folder of its own under {@link #root}; after
 * the family, an ordinary case must still go through, and nothing may have been written beside the data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OneBotPerClass {

    @TempDir
    static Path root;

    static HostileBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = HostileBot.start(root.resolve("data"), Map.of("pdbot.routes-dir", PatchedRoutes.dir().toString()));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    @Order(100)
    void aNormalCaseAfterAllOfThemIsStillSent() throws Exception {
        IntakeRecord intake = bot.deliver(aCaseMail().with("A-Number", "A399-999-999").bytes(), "a normal case");
        Expected.SENT.check(bot, intake, "A399-999-999");
    }

    @Test
    @Order(101)
    void nothingWasWrittenOutsideTheDataFolder() throws Exception {
        try (var entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsOnly("data");
        }
    }
}
