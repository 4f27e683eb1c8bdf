package org.pdbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.RunningBot;

/** {@code pdbot status} asks the running bot for its health over HTTP, or says it is not running. */
class StatusHealthTest {

    @TempDir
    Path data;

    @TempDir
    Path config;

    record Run(int exit, String out) {
    }

    @Test
    void statusSaysPdbotIsNotRunningWhenNothingAnswers() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        Files.writeString(config.resolve("application.properties"),
                "pdbot.data-dir=" + data + "\npdbot.http.port=" + free + "\n");

        Run health = run("--config", config.toString(), "status", "--health");
        assertThat(health.exit()).isEqualTo(3);
        assertThat(health.out()).contains("pdbot is not running (nothing answers at http://127.0.0.1:" + free);

        Run status = run("--config", config.toString(), "status");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("pdbot is not running").contains("No requests yet.");
    }

    @Test
    void statusShowsAliveAndReadyThenNotAliveWhileTheMailServerIsDown() throws Exception {
        try (MailServer mail = MailServer.start();
             RunningBot bot = RunningBot.start(data, mail.settings(Map.of("pdbot.http.port", "0",
                     "pdbot.health.max-poll-age-ms", "1500")))) {
            Files.writeString(config.resolve("application.properties"), "pdbot.data-dir=" + data + "\n");
            await(() -> run("--config", config.toString(), "status", "--health").exit() == 0, Duration.ofSeconds(30),
                    () -> "healthy: " + run("--config", config.toString(), "status", "--health").out());
            assertThat(run("--config", config.toString(), "status").out())
                    .startsWith("pdbot is running: alive, ready. Inbox last read: ");

            mail.stop();

            await(() -> run("--config", config.toString(), "status", "--health").out().contains("NOT ALIVE"),
                    Duration.ofSeconds(30), () -> "not alive");
            Run down = run("--config", config.toString(), "status", "--health");
            assertThat(down.exit()).isEqualTo(1);
            assertThat(down.out()).contains("pdbot is running: NOT ALIVE").contains("Connection refused")
                    .contains("inbox: DOWN - The clinic inbox was last read");
            assertThat(run("--config", config.toString(), "status", "--health", "--json").out())
                    .contains("\"running\":true").contains("\"live\":false");
        }
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = PdbotCommand.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
