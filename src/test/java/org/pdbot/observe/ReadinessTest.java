package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/** Readiness: every route started, the database answers, the office directory is loaded. */
class ReadinessTest {

    @TempDir
    Path data;

    @Test
    void readyWhenRoutesDatabaseAndDirectoryAreUpAndNotWhenARouteStops() throws Exception {
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.http.port", "0"))) {
            Observe observe = new Observe(data);
            await(() -> observe.readiness() == 200, Duration.ofSeconds(20), () -> "ready: " + observe.health());
            String ready = observe.get("/health/ready").body();
            assertThat(ready).contains("\"database\"").contains("\"office-directory\"").contains("route:intake-mail")
                    .contains("route:outbox").doesNotContain("\"inbox\"");
            assertThat(observe.get("/health/live").body()).contains("\"inbox\"");
            assertThat(observe.health()).contains("\"directory.offices\":59");

            bot.bot().camelContext().getRouteController().stopRoute("outbox");

            await(() -> observe.readiness() == 503, Duration.ofSeconds(20), () -> "not ready with a route stopped");
            assertThat(observe.get("/health/ready").body()).contains("route:outbox");
            assertThat(observe.liveness()).isEqualTo(200);
        }
    }

    @Test
    void theHttpServerListensOnLoopbackOnly() throws Exception {
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.http.port", "0"))) {
            assertThat(new Observe(data).base()).startsWith("http://127.0.0.1:").endsWith("/observe");
            var server = bot.bot().camelContext().hasService(
                    org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer.class);
            assertThat(server.getHost()).isEqualTo("127.0.0.1");
        }
    }
}
