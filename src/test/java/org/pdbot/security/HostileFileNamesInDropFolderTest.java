package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;

/**
 * Case files dropped under hostile names (line breaks, reversed text, shell syntax, 255 bytes) or as symbolic
 * links. The file system forbids '/' and NUL in a name, so those are tried as attachment names instead
 * (HostileAttachmentNamesTest). Each case is handled once, filed in done/ or failed/ under a clean name with its
 * reason beside it; a link is never followed.
 */
class HostileFileNamesInDropFolderTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lopez\\r\\nBcc: attacker@evil.test.json  | A302-000-030 | line breaks
            lopez\\u202Enosj.exe.json                | A302-000-031 | a right-to-left override
            $(touch pwned); `id` && rm -rf ~.json | A302-000-032 | shell syntax
            -rf --no-preserve-root.json            | A302-000-033 | a leading dash
            ñandú — 名前 ﷽.json                     | A302-000-034 | unicode
            """)
    void caseUnderAHostileNameIsSentAndFiledCleanly(String name, String aNumber, String what) throws Exception {
        String fileName = name.replace("\\r", "\r").replace("\\n", "\n").replace("\\u202E", "\u202E");
        IntakeRecord intake = bot.deliverFile(fileName, caseJson(aNumber));
        Expected.SENT.checkFile(bot, intake, aNumber);
        Path reason = Expected.awaitReasonFile(bot, intake.id());
        assertThat(reason.getFileName().toString()).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
    }

    @Test
    @Order(2)
    void nameOfTheLongestAllowedLengthIsStillFiledWithItsReason() throws Exception {
        String name = "a".repeat(250) + ".json";
        IntakeRecord intake = bot.deliverFile(name, caseJson("A302-000-035"));
        Expected.SENT.checkFile(bot, intake, "A302-000-035");
        assertThat(Files.list(bot.dropbox().resolve("done")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith("a~.json")).anyMatch(n -> n.endsWith("a~.json.reason.txt"));
        assertThat(bot.dropbox().resolve("failed")).doesNotExist();
    }

    @Test
    @Order(3)
    void symbolicLinkToASystemFileIsQuarantinedUnread() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("data").resolve(".link-tmp"), Path.of("/etc/passwd"));
        IntakeRecord intake = bot.deliverFile(() -> Files.move(link, bot.dropbox().resolve("passwd.json")), "passwd.json");
        Expected.QUARANTINED.checkFile(bot, intake, "is a symbolic link, not a file");
        assertThat(Files.readString(Expected.awaitReasonFile(bot, intake.id()))).doesNotContain("root:");
        for (Path raw : HostileBot.filesUnder(bot.dataDir().resolve("raw"))) {
            assertThat(Files.readString(raw, StandardCharsets.ISO_8859_1)).doesNotContain("root:x:0:0");
        }
    }

    @Test
    @Order(4)
    void symbolicLinkToACaseOutsideTheDropFolderSendsNothing() throws Exception {
        Path outside = Files.createTempFile("pdbot-outside-case", ".json");
        Files.write(outside, caseJson("A302-000-036"));
        Path link = Files.createSymbolicLink(root.resolve("data").resolve(".link-tmp2"), outside);
        IntakeRecord intake = bot.deliverFile(() -> Files.move(link, bot.dropbox().resolve("outside.json")), "outside.json");
        Expected.QUARANTINED.checkFile(bot, intake, "is a symbolic link, not a file");
        assertThat(bot.requestsFor("A302-000-036")).isEmpty();
        assertThat(outside).exists();
        Files.delete(outside);
    }

    @Test
    @Order(5)
    void nothingNamedByAnAttackerWasRun() {
        assertThat(Path.of("pwned")).doesNotExist();
        assertThat(root.resolve("data").resolve("dropbox").resolve("pwned")).doesNotExist();
    }

    static byte[] caseJson(String aNumber) {
        return ("""
                {"name": "Maria Elena Lopez", "aNumber": "%s", "dateOfBirth": "1988-04-02", "country": "Guatemala",
                 "court": "Stewart Immigration Court", "detained": true, "facility": "Stewart Detention Center",
                 "nextHearing": "2027-03-15", "pdTypes": ["DISMISS"], "criminalHistory": "None",
                 "reasons": "Ms. Lopez has lived in the United States for 17 years.",
                 "attorney": {"name": "Ana Rivera", "eoirId": "AB123456", "email": "arivera@clinic.test"}}
                """.formatted(aNumber)).getBytes(StandardCharsets.UTF_8);
    }
}
