package org.pdbot.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pdbot.app.Bot;
import org.pdbot.app.ExampleLetterhead;
import org.pdbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code pdbot run}: the bot, until Ctrl-C. */
@Command(name = "run", description = {"Run the bot (on the embedded sandbox unless pdbot.imap.host is set).",
        "Exit status 2, at once, when a real SMTP server is set while the clinic letterhead is the example."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    PdbotCommand parent;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load(parent.configDir);
        Bot bot;
        try {
            bot = Bot.start(settings);
        } catch (ExampleLetterhead.Refused e) {
            System.err.println("pdbot: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "pdbot-shutdown"));
        System.out.println(Banner.describe(bot));
        stopped.await();
        return 0;
    }
}
