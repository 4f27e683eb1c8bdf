package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.RunningBot;

/**
 * The attack: on Camel 4.17 a mail's own headers become exchange headers that the mail consumer obeys, so
 * a mail carrying {@code delete: true} or {@code moveTo: Trash} could make pdbot delete or hide it.
 */
class InboundDeleteHeaderIsIgnoredTest {

    @TempDir
    Path data;

    @Test
    void mailWithDeleteAndMoveToHeadersIsHandledLikeAnyOther() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            byte[] mail = aCaseMail().header("delete", "true").header("moveTo", "Trash").header("copyTo", "Trash")
                    .header("mail.smtp.host", "evil.example").header("CamelMailMoveTo", "Trash").bytes();
            bot.sendToInbox("paralegal@clinic.test", mail);

            assertThat(bot.awaitInbox(MailIntakeEndToEndTest.STEWART, 1)).hasSize(1);
            assertThat(bot.awaitIntakeFolder("pdbot-processed", 1)).hasSize(1);
            assertThat(bot.mailbox(RunningBot.INBOX, "Trash")).isEmpty();
        }
    }
}
