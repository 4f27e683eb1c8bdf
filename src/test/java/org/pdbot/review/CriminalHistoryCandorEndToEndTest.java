package org.pdbot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.StaffReply.aReplyTo;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/**
 * A criminal history of "none" that the narrative contradicts stops the request, and the attorney's line
 * "Criminal history confirmed: none" clears it, in a new intake or in a correction to a draft.
 */
class CriminalHistoryCandorEndToEndTest {

    static final String PARALEGAL = "paralegal@clinic.test";
    static final String ATTORNEY = "arivera@clinic.test";
    static final String STEWART = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    static final String ARREST = "Ms. Lopez has lived in the United States for 17 years. She was arrested in 2015 "
            + "for shoplifting, and the charge was dismissed.";

    @TempDir
    Path data;

    RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = RunningBot.start(data, Map.of("pdbot.submit.mode", "review"));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void anArrestInTheNarrativeStopsTheRequestUntilTheAttorneyConfirmsTheHistory() throws Exception {
        bot.sendToInbox(PARALEGAL, aCaseMail().with("Reasons", ARREST).bytes());

        MimeMessage answer = bot.awaitInbox(PARALEGAL, 1).get(0);
        assertThat(MailParts.textOf(answer)).contains("She was arrested in 2015 for shoplifting, and the charge was "
                + "dismissed.").contains("Criminal history confirmed: none");
        assertThat(bot.inbox(ATTORNEY)).isEmpty();

        bot.sendToInbox(PARALEGAL, aCaseMail().with("Reasons", ARREST)
                .with("Criminal history confirmed", "none").bytes());
        MimeMessage draft = bot.awaitInbox(ATTORNEY, 1).get(0);
        assertThat(MailParts.textOf(draft)).containsPattern("Draft: DRAFT-");
        assertThat(bot.inbox(STEWART)).isEmpty();
    }

    @Test
    void aCorrectionThatContradictsTheHistoryIsRefusedAndTheConfirmationLineLetsItThrough() throws Exception {
        bot.sendToInbox(PARALEGAL, aCaseMail().bytes());
        MimeMessage first = bot.awaitInbox(ATTORNEY, 1).get(0);

        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).saying("Reasons: " + ARREST)
                .quoting(MailParts.textOf(first)).bytes());
        MimeMessage refused = bot.awaitInbox(ATTORNEY, 2).get(1);
        assertThat(MailParts.textOf(refused)).contains("She was arrested in 2015 for shoplifting");

        bot.sendToInbox(ATTORNEY, aReplyTo(first.getMessageID()).saying("Reasons: " + ARREST
                + "\nCriminal history confirmed: none").quoting(MailParts.textOf(first)).bytes());
        MimeMessage second = bot.awaitInbox(ATTORNEY, 3).get(2);
        assertThat(second.getSubject()).endsWith("(draft 2)");
        assertThat(bot.inbox(STEWART)).isEmpty();
    }
}
