package org.pdbot.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pdbot.config.Settings;

/**
 * A running bot's health as {@code pdbot status} shows it, read over HTTP from {@code /observe/health}: the
 * URL the bot noted in {@code <data-dir>/pdbot.http} when it started, else {@code pdbot.http.host/port}.
 *
 * @param url        where the health was asked for
 * @param running    whether anything answered there
 * @param live       the liveness checks are UP (the inbox was read recently)
 * @param ready      the readiness checks are UP (routes started, database, office directory)
 * @param inbox      the inbox check's details: when it was last read, the last error
 * @param problems   one line per check that is DOWN, with its message
 */
public record BotHealth(String url, boolean running, boolean live, boolean ready, Inbox inbox, List<String> problems) {

    /** @param lastSuccess ISO instant or "never"; lastError null when the last poll worked */
    public record Inbox(String lastSuccess, long secondsSinceSuccess, long maxAgeSeconds, String lastError) {
    }

    public BotHealth {
        problems = List.copyOf(problems);
    }

    public static BotHealth query(Settings settings) {
        String base = baseUrl(settings);
        String url = base + "/health";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            JsonNode all = get(http, url + "?data=true");
            JsonNode live = get(http, url + "/live");
            JsonNode ready = get(http, url + "/ready");
            Inbox inbox = null;
            boolean standby = false;
            List<String> problems = new ArrayList<>();
            for (JsonNode check : all.path("checks")) {
                JsonNode data = check.path("data");
                if ("inbox".equals(check.path("name").asText()) && data.has("inbox.reader")) {
                    standby = true;
                } else if ("inbox".equals(check.path("name").asText())) {
                    inbox = new Inbox(data.path("inbox.last.success").asText("never"),
                            data.path("inbox.seconds.since.success").asLong(), data.path("inbox.max.age.seconds").asLong(),
                            data.hasNonNull("inbox.last.error") ? data.path("inbox.last.error").asText() : null);
                }
                if (!"UP".equals(check.path("status").asText())) {
                    String message = check.path("message").asText("");
                    problems.add(check.path("name").asText() + ": " + check.path("status").asText()
                            + (message.isBlank() ? "" : " - " + message));
                }
            }
            if (standby) {
                problems.add(0, "standing by: another instance reads the clinic inbox");
            }
            return new BotHealth(url, true, "UP".equals(live.path("status").asText()),
                    "UP".equals(ready.path("status").asText()), inbox, problems);
        } catch (IOException e) {
            return new BotHealth(url, false, false, false, null, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BotHealth(url, false, false, false, null, List.of());
        }
    }

    /** One or two lines for a person. */
    public String describe() {
        if (!running) {
            return "pdbot is not running (nothing answers at " + url + ").";
        }
        StringBuilder sb = new StringBuilder("pdbot is running: ");
        sb.append(live ? "alive" : "NOT ALIVE").append(", ").append(ready ? "ready" : "NOT READY");
        if (inbox != null) {
            sb.append(". Inbox last read: ").append("never".equals(inbox.lastSuccess()) ? "never"
                    : inbox.secondsSinceSuccess() + " s ago");
            if (inbox.lastError() != null) {
                sb.append(" (last error: ").append(inbox.lastError()).append(")");
            }
        }
        sb.append('.');
        for (String p : problems) {
            sb.append("\n    ").append(p);
        }
        return sb.toString();
    }

    static String baseUrl(Settings settings) {
        Path file = Observability.endpointFile(settings);
        try {
            if (Files.isRegularFile(file)) {
                String url = Files.readString(file).strip();
                // only the configured host: the file must not send status anywhere else
                if (url.startsWith("http://" + settings.get("pdbot.http.host", "127.0.0.1") + ":")) {
                    return url;
                }
            }
        } catch (IOException e) {
            // fall back to the configured address
        }
        return "http://" + settings.get("pdbot.http.host", "127.0.0.1") + ":" + settings.getInt("pdbot.http.port", 8625)
                + "/observe";
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        // a DOWN health answers 503 with the same JSON
        return new ObjectMapper().readTree(r.body());
    }
}
