package org.pdbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How long one intake waits: the real bot with the production poll settings (config/application.properties),
 * mails put into the inbox one at a time at random moments, each timed from landing in the inbox to its
 * request landing in the OPLA mailbox.
 */
final class PickupLatency {

    /** Latencies in milliseconds, in the order measured. */
    record Result(List<Double> millis, long pollDelayMs) {

        double percentile(double p) {
            List<Double> sorted = millis.stream().sorted().toList();
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    private PickupLatency() {
    }

    static Result measure(BenchServer server, int count, Consumer<String> log) throws Exception {
        server.purge();
        Random random = new Random(42);
        try (PdbotUnderTest pdbot = new PdbotUnderTest(server, Map.of())) {
            long pollDelay = pdbot.bot().components().settings().getLong("pdbot.intake.poll-delay-ms", 2000);
            pdbot.bot().camelContext().getRouteController().startRoute(PdbotUnderTest.INTAKE_ROUTE);
            int warmup = 3;
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < warmup + count; i++) {
                BenchCase c = BenchCases.one(i, "pickup");
                var message = server.parse(c.mime());
                int before = server.inboxCount(BenchCases.offices());
                server.preload(message);
                long landed = System.nanoTime();
                long arrived = server.awaitInbox(BenchCases.offices(), before + 1, Duration.ofSeconds(60));
                if (i >= warmup) {
                    millis.add((arrived - landed) / 1e6);
                }
                // the next mail lands at a random point of the poll cycle
                BenchServer.sleep(random.nextInt((int) Math.max(1, pollDelay)));
            }
            Result r = new Result(millis, pollDelay);
            log.accept(String.format("  pickup: %d mails one at a time, poll delay %d ms: p50 %.0f ms, p99 %.0f ms",
                    count, pollDelay, r.percentile(50), r.percentile(99)));
            return r;
        }
    }
}
