package org.pdbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.OplaReply.anOplaReply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.casefile.ANumber;
import org.pdbot.store.Database;
import org.pdbot.testing.RunningBot;
import org.pdbot.testing.StoredHistory;

/** {@code pdbot status} reads the database, also of a running bot, and stays short with a long history. */
class StatusCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path config;

    @Test
    void statusJsonListsTheRequestWithItsRepliesWhileTheBotRuns() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            bot.sendToInbox("paralegal@clinic.test", aCaseMail().bytes());
            MimeMessage request = bot.awaitInbox("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", 1).get(0);
            bot.sendToInbox("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", anOplaReply().inReplyTo(request.getMessageID())
                    .body("DHS will not oppose the motion to dismiss.").bytes());
            RunningBot.await(() -> "AGREED".equals(bot.bot().components().requests().all().get(0).status()),
                    Duration.ofSeconds(15), () -> "AGREED");
            Files.writeString(config.resolve("application.properties"), "pdbot.data-dir=" + data + "\n");

            JsonNode all = new ObjectMapper().readTree(run("--config", config.toString(), "status", "--json"));
            assertThat(all).hasSize(1);
            JsonNode r = all.get(0);
            assertThat(r.get("aNumber").asText()).isEqualTo("201555123");
            assertThat(r.get("office").asText()).isEqualTo("ATL-SDC");
            assertThat(r.get("status").asText()).isEqualTo("AGREED");
            assertThat(r.get("messageId").asText()).isEqualTo(request.getMessageID());
            assertThat(r.get("sentAt").isNull()).isFalse();
            assertThat(r.get("replies")).singleElement().satisfies(reply -> {
                assertThat(reply.get("from").asText()).isEqualTo("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov");
                assertThat(reply.get("classification").asText()).isEqualTo("AGREED");
                assertThat(reply.get("receivedAt").isNull()).isFalse();
            });

            String text = run("--config", config.toString(), "status", "A201-555-123");
            assertThat(text).contains("A201-555-123").contains("AGREED").contains("ATL-SDC");
            assertThat(run("--config", config.toString(), "status", "A999-999-999")).contains("No requests for that A-number.");
        }
    }

    @Test
    void statusShowsTheLatestRequestsAndSaysHowManyThereAreWhenTheHistoryIsLong() throws Exception {
        try (Database db = Database.open(data)) {
            StoredHistory.fill(db, 120);
        }
        Files.writeString(config.resolve("application.properties"), "pdbot.data-dir=" + data + "\n");

        String latest = run("--config", config.toString(), "status");
        assertThat(latest.lines().filter(l -> l.contains("SENT")).count()).isEqualTo(50);
        assertThat(latest).contains(new ANumber(StoredHistory.aNumberOf(119)).formatted())
                .doesNotContain(new ANumber(StoredHistory.aNumberOf(69)).formatted())
                .contains("Showing the latest 50 of 120 requests");

        JsonNode five = new ObjectMapper().readTree(run("--config", config.toString(), "status", "--json", "--latest", "5"));
        assertThat(five).hasSize(5);
        assertThat(five.get(4).get("aNumber").asText()).isEqualTo(StoredHistory.aNumberOf(119));

        String all = run("--config", config.toString(), "status", "--all");
        assertThat(all.lines().filter(l -> l.contains("SENT")).count()).isEqualTo(120);
        assertThat(all).doesNotContain("Showing the latest");

        assertThat(run("--config", config.toString(), "status", new ANumber(StoredHistory.aNumberOf(3)).formatted()))
                .contains(new ANumber(StoredHistory.aNumberOf(3)).formatted()).doesNotContain("Showing the latest");
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(PdbotCommand.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
