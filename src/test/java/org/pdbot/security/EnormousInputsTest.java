package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pdbot.store.IntakeRecord;

/**
 * Mail built to exhaust a parser: enormous headers and bodies, multiparts nested 10,000 deep, thousands of
 * attachments. Made at test time (see BigMail). Each ends in one outcome, within bounds pdbot sets itself.
 * The last three come in as saved mails through the drop folder: pdbot reads them exactly as it reads the
 * inbox, but GreenMail takes minutes to index such mail for IMAP.
 */
class EnormousInputsTest extends OneBotPerClass {

    @Test
    @Order(1)
    void subjectOfOneMegabyteIsNeitherStoredNorAnsweredWhole() throws Exception {
        String subject = "x".repeat(1024 * 1024);
        IntakeRecord intake = bot.deliver(BigMail.textMail(BigMail.headers(subject, "<enormous-1@clinic.test>"),
                BigMail.caseTextWithoutCriminalHistory("A303-000-001")), "a 1 MB subject");
        Expected.NEEDS_INFO.check(bot, intake, "Criminal history is missing");
        assertThat(intake.subject()).hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    @Order(2)
    void tenThousandHeadersAreRead() throws Exception {
        StringBuilder headers = new StringBuilder(BigMail.headers("Ten thousand headers", "<enormous-2@clinic.test>"));
        for (int i = 0; i < 10_000; i++) {
            headers.append("X-Filler-").append(i).append(": ").append("v".repeat(40)).append("\r\n");
        }
        IntakeRecord intake = bot.deliver(BigMail.textMail(headers.toString(), BigMail.caseText("A303-000-002")),
                "10,000 headers");
        Expected.SENT.check(bot, intake, "A303-000-002");
    }

    @Test
    @Order(3)
    void headerLineOfOneMegabyteIsRead() throws Exception {
        String headers = BigMail.headers("One long header", "<enormous-3@clinic.test>") + "X-Long: "
                + "y".repeat(1024 * 1024) + "\r\n";
        IntakeRecord intake = bot.deliver(BigMail.textMail(headers, BigMail.caseText("A303-000-003")), "a 1 MB header");
        Expected.SENT.check(bot, intake, "A303-000-003");
    }

    @Test
    @Order(4)
    void bodyOfThirtyMegabytesIsReadOnlyToItsLimit() throws Exception {
        IntakeRecord intake = bot.deliverFile("long-body.eml", BigMail.withLongBody(
                BigMail.headers("Long body", "<enormous-4@clinic.test>"), BigMail.caseText("A303-000-004"), 30));
        Expected.NEEDS_INFO.checkFile(bot, intake, "A text part is over 2 MB; only its beginning was read");
    }

    @Test
    @Order(5)
    void multipartsNestedTenThousandDeepAreCutAtTwentyLevels() throws Exception {
        IntakeRecord intake = bot.deliverFile("deep.eml", BigMail.nested(BigMail.headers("Deep", "<enormous-5@clinic.test>"),
                BigMail.caseText("A303-000-005"), 10_000));
        Expected.NEEDS_INFO.checkFile(bot, intake, "nested more than 20 levels deep");
    }

    @Test
    @Order(6)
    void fiveThousandAttachmentsAreCountedNotKept() throws Exception {
        IntakeRecord intake = bot.deliverFile("many.eml", BigMail.withAttachments(
                BigMail.headers("Many", "<enormous-6@clinic.test>"), BigMail.caseText("A303-000-006"), 5_000));
        Expected.NEEDS_INFO.checkFile(bot, intake, "The message has 5000 attachments; pdbot keeps at most 100");
        assertThat(HostileBot.filesUnder(bot.dataDir().resolve("documents").resolve(String.valueOf(intake.id()))))
                .hasSize(100);
    }
}
