package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.MailParts;

/**
 * Attachments named like paths or carrying control characters (src/test/resources/hostile/mail/attachment-name-*.eml):
 * the name is only ever shown, cleaned; the file on disk gets a name of pdbot's own inside the data folder.
 */
class HostileAttachmentNamesTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0} → exhibit ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            attachment-name-path-traversal.eml   | A301-000-050 | x
            attachment-name-absolute-path.eml    | A301-000-051 | passwd
            attachment-name-windows-path.eml     | A301-000-052 | hosts.pdf
            attachment-name-nul-byte.eml         | A301-000-053 | passport.pdf.exe
            attachment-name-crlf-injection.eml   | A301-000-054 | aBcc: attacker@evil.testx.pdf
            attachment-name-rtl-override.eml     | A301-000-055 | passportfdp.exe
            attachment-name-only-dots.eml        | A301-000-057 | attachment.pdf
            """)
    void attachmentIsKeptUnderItsCleanedName(String file, String aNumber, String shownAs) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        Expected.SENT.check(bot, intake, aNumber);
        assertThat(MailParts.pdfBookmarks(bot.awaitRequestFor(aNumber))).containsExactly("Letter", "Exhibit 1 – " + shownAs);
    }

    @Test
    @Order(2)
    void nameOfFiveThousandCharactersIsCut() throws Exception {
        IntakeRecord intake = bot.deliver("attachment-name-5000-characters.eml");
        Expected.SENT.check(bot, intake, "A301-000-056");
        assertThat(MailParts.pdfBookmarks(bot.awaitRequestFor("A301-000-056")).get(1))
                .hasSize("Exhibit 1 – ".length() + 200).endsWith("a.pdf");
    }

    @Test
    @Order(3)
    void documentsOnDiskHaveNamesOfPdbotsOwnInsideTheDocumentsFolder() throws Exception {
        Path documents = bot.dataDir().resolve("documents");
        assertThat(HostileBot.filesUnder(documents)).isNotEmpty().allSatisfy(file -> {
            assertThat(documents.relativize(file).toString()).matches("\\d+/doc-\\d+\\.[a-z0-9]{1,8}");
        });
        assertThat(HostileBot.filesUnder(bot.dataDir())).noneMatch(p -> p.toString().contains("cron.d")
                || p.getFileName().toString().equals("passwd") || p.getFileName().toString().equals("x"));
    }
}
