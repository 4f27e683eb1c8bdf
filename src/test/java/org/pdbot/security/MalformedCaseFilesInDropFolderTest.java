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
 * Case files that are not what they claim (src/test/resources/hostile/files/): each is filed in failed/ with a
 * reason a person can act on; nothing is sent, nothing outside the case folder is read, nothing is run.
 */
class MalformedCaseFilesInDropFolderTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            json-duplicate-keys.json               | Duplicate field 'name'
            yaml-billion-laughs.yaml               | Unknown field 'a'
            yaml-java-type-tags.yaml               | Field 'name' has an item that is not text
            case-documents-outside-the-folder.json | Document '../../../../../../etc/passwd' is outside the case folder
            empty.json                             | is empty
            """)
    void brokenCaseFileIsFiledAsFailedWithItsReason(String file, String reason) throws Exception {
        IntakeRecord intake = bot.deliverCorpusFile(file);
        Expected.NEEDS_INFO.checkFile(bot, intake, reason);
    }

    @Test
    @Order(2)
    void documentsNamedOutsideTheCaseFolderAreNotRead() throws Exception {
        String reason = Files.readString(Expected.awaitReasonFile(bot,
                bot.awaitIntakeWithSubject("case-documents-outside-the-folder.json").id()));
        assertThat(reason).contains("Document '/etc/passwd' is outside the case folder")
                .contains("Document 'exhibits/../../message-id.key' is outside the case folder")
                .doesNotContain("root:");
    }

    @Test
    @Order(3)
    void yamlTypeTagsConstructNothing() {
        assertThat(Files.exists(Path.of("/tmp/pdbot-yaml-pwned"))).isFalse();
    }

    @Test
    @Order(4)
    void jsonNestedAHundredThousandDeepIsRefused() throws Exception {
        byte[] deep = ("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII);
        IntakeRecord intake = bot.deliverFile("json-nested-100000-deep.json", deep);
        Expected.NEEDS_INFO.checkFile(bot, intake, "is not valid JSON");
    }

    @Test
    @Order(5)
    void zipArchiveNamedDotJsonIsRefused() throws Exception {
        byte[] zip = Files.readAllBytes(HostileBot.FILE_CORPUS.resolve("zip-case-bundle.zip"));
        IntakeRecord intake = bot.deliverFile("zip-disguised-as-case.json", zip);
        Expected.NEEDS_INFO.checkFile(bot, intake, "is not valid JSON");
    }
}
