package org.pdbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Start-up: a fresh JVM launched with the bot, one case waiting in the inbox; timed from the launch to the
 * moment that case has been taken off the inbox, i.e. the first poll has happened (and filed it). The child
 * also says when {@code Bot.start} returned, counted from its JVM's start.
 */
final class StartupTime {

    /** Median figures in milliseconds. */
    record Result(double launchToFirstPollMs, double jvmStartToBotStartedMs, List<Double> allLaunchToFirstPollMs) {
    }

    private StartupTime() {
    }

    static Result measure(BenchServer server, int reps, Path outDir, Consumer<String> log) throws Exception {
        List<Double> firstPoll = new ArrayList<>();
        List<Double> botStarted = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            server.purge();
            server.preload(List.of(BenchCases.one(rep, "startup")));
            Path data = Files.createTempDirectory("pdbot-startup-");
            long launched = System.nanoTime();
            try (ChildJvm child = ChildJvm.launch(List.of(), Child.class,
                    List.of(String.valueOf(server.imapPort()), String.valueOf(server.smtpPort()), data.toString()),
                    outDir, "startup")) {
                long deadline = launched + Duration.ofSeconds(90).toNanos();
                while (server.count(BenchServer.INBOX, "INBOX") > 0) {
                    if (System.nanoTime() > deadline || !child.isAlive()) {
                        throw new IllegalStateException("pdbot did not take the waiting case off the inbox within 90 s"
                                + " (see " + outDir.resolve("startup-child.log") + ")");
                    }
                    BenchServer.sleep(2);
                }
                firstPoll.add((System.nanoTime() - launched) / 1e6);
                botStarted.add(child.await("STARTED", Duration.ofSeconds(30)).map(Double::parseDouble)
                        .orElse(Double.NaN));
            } finally {
                TempDirs.delete(data);
            }
        }
        Result r = new Result(median(firstPoll), median(botStarted), firstPoll);
        log.accept(String.format("  start-up: launch to first poll %.0f ms (median of %d); Bot.start returned %.0f ms"
                + " after JVM start", r.launchToFirstPollMs(), reps, r.jvmStartToBotStartedMs()));
        return r;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The child: starts the bot with the production settings, says when, runs until told to stop. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            var bot = ChildBot.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), Map.of());
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            ChildBot.answer("STARTED", String.valueOf(sinceJvmStart));
            ChildBot.awaitStop();
            bot.close();
            System.exit(0);
        }
    }
}
