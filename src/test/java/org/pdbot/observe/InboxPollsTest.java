package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import com.icegreen.greenmail.user.GreenMailUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/**
 * A poll that reads nothing although the server answers: the folder exists when pdbot connects, then cannot be
 * opened. (Camel's mail consumer used to report that as an empty poll.) pdbot must count it as a failure, or
 * liveness would stay up for ever.
 */
class InboxPollsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void aFolderThatCannotBeOpenedIsAFailedPollNotAnEmptyOne() throws Exception {
        try (MailServer mail = MailServer.start()) {
            GreenMailUser user = mail.greenMail().getUserManager().getUserByEmail(MailServer.INBOX);
            var folders = mail.greenMail().getManagers().getImapHostManager();
            folders.createMailbox(user, "cases");
            try (RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.http.port", "0",
                    "pdbot.imap.folder", "cases", "pdbot.health.max-poll-age-ms", "1500", "pdbot.health.check-ms", "200")))) {
                Observe observe = new Observe(data);
                InboxPolls polls = bot.bot().observability().inboxPolls();
                await(() -> observe.liveness() == 200 && polls.state().successes() > 0, DEADLINE, () -> "alive at start");

                folders.deleteMailbox(user, "cases");

                await(() -> String.valueOf(polls.state().lastError()).contains("could not be opened"), DEADLINE,
                        () -> "a quietly failed poll seen as failed, last error " + polls.state().lastError());
                await(() -> observe.liveness() == 503, DEADLINE, () -> "not alive while the folder cannot be opened");

                folders.createMailbox(user, "cases");

                await(() -> observe.liveness() == 200, DEADLINE, () -> "alive again: " + observe.health());
                assertThat(polls.state().lastError()).isNull();
                assertThat(polls.state().failingSince()).isNull();
            }
        }
    }
}
