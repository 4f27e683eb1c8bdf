package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;

/**
 * Mail whose MIME structure is broken (src/test/resources/hostile/mail/mime-*.eml): each ends in one outcome
 * a person can read, and pdbot goes on with the next mail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedMimeTest {

    @TempDir
    static Path data;

    static HostileBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = HostileBot.start(data);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Order(1)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mime-boundary-never-appears.eml           | NEEDS_INFO | A multipart/mixed section could not be read
            mime-boundary-parameter-missing.eml       | SENT       | A301-000-002
            mime-end-boundary-missing.eml             | SENT       | A301-000-003
            mime-truncated-inside-attachment.eml      | NEEDS_INFO | Attachment 'cut.pdf' could not be decoded
            mime-broken-base64-text.eml               | NEEDS_INFO | could not be decoded from its transfer encoding
            mime-broken-base64-attachment.eml         | NEEDS_INFO | Attachment 'passport.pdf' could not be decoded
            mime-broken-quoted-printable.eml          | SENT       | A301-000-007
            mime-unknown-transfer-encoding.eml        | NEEDS_INFO | could not be decoded from its transfer encoding
            mime-multipart-without-parts.eml          | NEEDS_INFO | A multipart/mixed section could not be read
            mime-empty-body.eml                       | NEEDS_INFO | The message has no readable text
            mime-header-lines-without-colons.eml      | SENT       | A301-000-013
            mime-nul-and-escape-bytes-in-values.eml   | SENT       | A301-000-014
            mime-attached-message-is-garbage.eml      | SENT       | A301-000-015
            mime-bare-cr-line-endings.eml             | SENT       | A301-000-016
            mime-alternative-with-only-empty-parts.eml | NEEDS_INFO | The message has no readable text
            """)
    void brokenMimeMailEndsInOneOutcome(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        expected.check(bot, intake, evidence);
    }

    /** GreenMail itself refuses these two at SMTP, so they come in as saved mails through the drop folder. */
    @Order(2)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mime-content-type-unparseable.eml | NEEDS_INFO | declares an unknown charset
            mime-content-type-garbage.eml     | NEEDS_INFO | The message has no readable text
            """)
    void unparseableContentTypeEndsInOneOutcome(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliverFile(file, Files.readAllBytes(HostileBot.MAIL_CORPUS.resolve(file)));
        expected.checkFile(bot, intake, evidence);
    }

    @Test
    @Order(3)
    void controlCharactersNeverReachTheRequest() throws Exception {
        String subject = HostileBot.subject(bot.awaitRequestFor("A301-000-014"));
        assertThat(subject).contains("LOPEZ, Maria Elena").doesNotContainPattern("[\\x00-\\x1F\\x7F]");
    }

    @Test
    @Order(4)
    void aNormalCaseAfterAllOfThemIsStillSent() throws Exception {
        IntakeRecord intake = bot.deliver(aCaseMail().with("A-Number", "A301-999-001").bytes(), "a normal case");
        Expected.SENT.check(bot, intake, "A301-999-001");
    }
}
