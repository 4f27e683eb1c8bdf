package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.RunningBot.await;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.Observe;
import org.pdbot.testing.RunningBot;

/** A timer round that fails is counted by route and kind, and the next round runs as if nothing happened. */
class RoundFailuresTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String STORE_FAILURES = "pdbot_round_failures_total{kind=\"store\",route=\"followups\"}";

    @TempDir
    Path data;

    @Test
    void aRoundTheDatabaseFailsIsCountedAndTheNextRoundRunsAgain() throws Exception {
        try (RunningBot bot = RunningBot.start(data, Map.of("pdbot.followup.check-ms", "100"))) {
            Observe observe = new Observe(data);
            // the requests table out of reach, as a half-restored backup would leave it
            sql(bot, "alter table pd_request rename to pd_request_away");

            await(() -> observe.metric(STORE_FAILURES) >= 2, DEADLINE, () -> "failed follow-up rounds counted: "
                    + observe.metrics().lines().filter(l -> l.startsWith("pdbot_round")).toList());
            assertThat(bot.bot().camelContext().getRouteController().getRouteStatus("followups").isStarted())
                    .as("the route keeps running").isTrue();

            sql(bot, "alter table pd_request_away rename to pd_request");
            double failed = observe.metric(STORE_FAILURES);
            double rounds = observe.routeExchanges("followups");
            await(() -> observe.routeExchanges("followups") >= rounds + 3, DEADLINE, () -> "three more rounds");
            assertThat(observe.metric(STORE_FAILURES)).as("none failed once the table is back").isEqualTo(failed);
        }
    }

    private static void sql(RunningBot bot, String statement) {
        bot.bot().components().db().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }
}
