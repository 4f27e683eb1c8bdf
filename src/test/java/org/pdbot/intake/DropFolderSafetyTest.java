package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.RunningBot;

/** The drop folder never takes a half-written file, never files a replaced file unread, and survives a crash. */
class DropFolderSafetyTest {

    @TempDir
    Path data;

    static String caseJson(String aNumber) {
        return """
                {"name": "Jean Baptiste", "aNumber": "%s", "dateOfBirth": "1979-11-30",
                 "country": "Haiti", "court": "Krome", "detained": true, "facility": "Krome SPC",
                 "nextHearing": "2027-05-04", "hearingType": "individual", "pdTypes": ["STIP_BOND"],
                 "reasons": "Mr. Baptiste has lived in Miami for 20 years and cares for his sick mother.",
                 "criminalHistory": "None",
                 "attorney": {"name": "Ana Rivera", "eoirId": "AB123456", "email": "arivera@clinic.test"}}
                """.formatted(aNumber);
    }

    @Test
    void halfWrittenFileIsTakenOnlyOnceComplete() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            byte[] json = caseJson("A098-765-001").getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(bot.dropbox().resolve("slow.json"))) {
                for (int i = 0; i < 4; i++) {
                    out.write(json, i * json.length / 4, (i + 1) * json.length / 4 - i * json.length / 4);
                    out.flush();
                    Thread.sleep(400);
                }
            }
            RunningBot.await(() -> DropFolderEndToEndTest.count(bot.dropbox().resolve("done"), ".json") == 1,
                    Duration.ofSeconds(20), () -> "the complete file in done/");
            assertThat(DropFolderEndToEndTest.count(bot.dropbox().resolve("failed"), ".json")).isZero();
            assertThat(bot.bot().components().requests().all()).hasSize(1);
        }
    }

    @Test
    void fileReplacedWhileTheOldOneIsReadIsTakenAsItsOwnIntake() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            DropFolderEndToEndTest.writeAtomically(bot.dropbox().resolve("case.json"), caseJson("A098-765-002"));
            RunningBot.await(() -> !bot.bot().components().intakes().all().isEmpty(), Duration.ofSeconds(20),
                    () -> "the first version taken");
            // the export runs again and renames a new version over the same name, while pdbot reads the first
            DropFolderEndToEndTest.writeAtomically(bot.dropbox().resolve("case.json"), caseJson("A098-765-003"));

            RunningBot.await(() -> DropFolderEndToEndTest.count(bot.dropbox().resolve("done"), ".json") == 2,
                    Duration.ofSeconds(30), () -> "both versions in done/");
            assertThat(bot.bot().components().requests().all()).extracting(r -> r.aNumber())
                    .containsExactlyInAnyOrder("098765002", "098765003");
        }
    }

    @Test
    void fileLeftInProgressByACrashIsTakenAgainOnStart() throws Exception {
        Path inProgress = Files.createDirectories(data.resolve("dropbox").resolve(".inprogress"));
        Files.writeString(inProgress.resolve("case.json"), caseJson("A098-765-004"));
        try (RunningBot bot = RunningBot.start(data)) {
            RunningBot.await(() -> DropFolderEndToEndTest.count(bot.dropbox().resolve("done"), ".json") == 1,
                    Duration.ofSeconds(20), () -> "the left-over file in done/");
            assertThat(bot.bot().components().requests().all()).hasSize(1);
            assertThat(Files.list(inProgress).count()).isZero();
        }
    }
}
