package org.pdbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * pdbot against the raw mail transport and a plain Camel route, on one embedded GreenMail, plus pickup latency,
 * a large attachment under a small heap, history look-ups and start-up. Run with {@code mvn -Pbench verify};
 * writes {@code target/bench/results.json} and prints a table. See {@link BenchConfig} for the options.
 */
public final class Benchmark {

    static final int PROFILE_CASES = 200;

    private final BenchConfig config;
    private final Consumer<String> log;

    Benchmark(BenchConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        quietAboutClosedMailConnections();
        BenchConfig config = BenchConfig.fromSystemProperties();
        long t0 = System.nanoTime();
        Consumer<String> log = line -> System.out.printf("[%4.0f s] %s%n", (System.nanoTime() - t0) / 1e9, line);
        Map<String, Object> results = new Benchmark(config, log).run();
        Path file = write(results, config.outDir());
        System.out.println();
        System.out.println(Table.render(results));
        System.out.printf("Results: %s (whole benchmark took %.0f s)%n", file, (System.nanoTime() - t0) / 1e9);
        System.exit(0);
    }

    /** Runs the configured sections; every figure lands in the returned map, in the order of results.json. */
    Map<String, Object> run() throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("n", config.n());
        r.put("reps", config.reps());
        r.put("warmup", config.warmup());
        r.put("warmupMaxS", config.warmupMaxSeconds());
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("java", System.getProperty("java.version"));
        r.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        r.put("heapMethod", "in-process: highest heap used sampled every 10 ms (peak), and highest heap after any GC"
                + " (live); whole JVM including GreenMail, which holds the preloaded and delivered mail");
        try (BenchServer server = BenchServer.start()) {
            if (config.runs("throughput")) {
                throughput(server, r);
            }
            if (config.runs("pickup")) {
                log.accept("Pickup latency");
                PickupLatency.Result p = PickupLatency.measure(server, config.pickupCount(), log);
                r.put("pickupCount", p.millis().size());
                r.put("pickupPollDelayMs", p.pollDelayMs());
                r.put("pickupP50Ms", round(p.percentile(50)));
                r.put("pickupP99Ms", round(p.percentile(99)));
            }
            if (config.runs("big")) {
                log.accept("Large attachment");
                BigAttachment.Result b = BigAttachment.measure(server, config.bigAttachmentMb(),
                        java.time.Duration.ofSeconds(config.bigTimeoutSeconds()), config.outDir(), log);
                r.put("bigAttachmentMb", config.bigAttachmentMb());
                r.put("bigAttachmentXmx", "256m");
                r.put("bigAttachmentOk", b.succeeded());
                r.put("bigAttachmentDetail", b.detail());
                r.put("bigAttachmentHeapMb", round(b.peakUsedMb()));
                r.put("bigAttachmentLiveHeapMb", round(b.peakAfterGcMb()));
                r.put("bigAttachmentSeconds", round(b.seconds()));
            }
            if (config.runs("startup")) {
                log.accept("Start-up");
                StartupTime.Result s = StartupTime.measure(server, 3, config.outDir(), log);
                r.put("startupMs", round(s.launchToFirstPollMs()));
                r.put("startupBotStartedMs", round(s.jvmStartToBotStartedMs()));
            }
        }
        if (config.runs("history")) {
            log.accept("History");
            var h = History.measure(config.historyRows(), log);
            h.forEach((query, byRows) -> byRows.forEach((rows, us) ->
                    r.put("history" + Character.toUpperCase(query.charAt(0)) + query.substring(1) + "Us" + rows, round(us))));
        }
        return r;
    }

    private void throughput(BenchServer server, Map<String, Object> r) throws Exception {
        log.accept(String.format("Throughput: %d cases, warm-up rounds of %d until the JIT settles (at most %d s),"
                + " %d measured run(s) each", config.n(), config.warmup(), config.warmupMaxSeconds(), config.reps()));
        Throughput.Result raw = null;
        Throughput.Result camel = null;
        Throughput.Result pdbot = null;
        if (config.contenders().contains("raw")) {
            try (RawTransport c = new RawTransport(server)) {
                raw = Throughput.measure(server, c, config, log);
                log.accept(String.format("  raw last run: IMAP read %.2f s, SMTP send %.2f s", c.lastReadSeconds(),
                        c.lastSendSeconds()));
                r.put("rawReadSeconds", round(c.lastReadSeconds()));
                r.put("rawSendSeconds", round(c.lastSendSeconds()));
            }
        }
        if (config.contenders().contains("camel")) {
            try (PlainCamel c = new PlainCamel(server)) {
                camel = Throughput.measure(server, c, config, log);
            }
        }
        if (config.contenders().contains("pdbot")) {
            try (PdbotUnderTest c = new PdbotUnderTest(server, PdbotUnderTest.fastPoll())) {
                pdbot = Throughput.measure(server, c, config, log);
                r.put("pdbotSettings", PdbotUnderTest.fastPoll() + ", other keys as in config/application.properties");
                r.put("pdbotStages", c.lastStages());
                r.put("pdbotCpuMsPerCase", round(pdbot.median().cpuSeconds() * 1000 / config.n()));
                r.put("pdbotCommitsPerCase", round(c.lastStages().commitsPerCase()));
                log.accept(String.format("  pdbot per case: %.1f ms CPU (whole JVM), %.2f durable commits",
                        pdbot.median().cpuSeconds() * 1000 / config.n(), c.lastStages().commitsPerCase()));
                if (config.runs("profile")) {
                    r.put("pdbotProfile", profile(server, c));
                }
            }
        }
        Throughput.Result pdbotPg = null;
        Throughput.Result pdbot2x = null;
        if (config.contenders().contains("pdbotPg") || config.contenders().contains("pdbot2x")) {
            var pg = org.pdbot.testing.Postgres.server();
            if (pg.isEmpty()) {
                log.accept("  pdbotPg, pdbot2x: skipped, PostgreSQL is not available (" + org.pdbot.testing.Postgres.whyNot() + ")");
            } else {
                if (config.contenders().contains("pdbotPg")) {
                    try (PdbotUnderTest c = new PdbotUnderTest(server, PdbotUnderTest.onPostgres(pg.get().newDatabase(),
                            pg.get(), "bench-pg"), "pdbotPg", java.nio.file.Files.createTempDirectory("pdbot-bench-pg-"))) {
                        pdbotPg = Throughput.measure(server, c, config, log);
                        r.put("pdbotPgCpuMsPerCase", round(pdbotPg.median().cpuSeconds() * 1000 / config.n()));
                    }
                }
                if (config.contenders().contains("pdbot2x")) {
                    try (TwoPdbots c = new TwoPdbots(server, pg.get())) {
                        pdbot2x = Throughput.measure(server, c, config, log);
                    }
                }
            }
        }
        for (Throughput.Result t : java.util.stream.Stream.of(raw, camel, pdbot, pdbotPg, pdbot2x)
                .filter(java.util.Objects::nonNull).toList()) {
            r.put(t.name() + "Seconds", round(t.seconds()));
            r.put(t.name() + "MsgPerSec", round(t.messagesPerSecond()));
            r.put(t.name() + "CpuSeconds", round(t.median().cpuSeconds()));
            r.put(t.name() + "JitSeconds", round(t.median().jitSeconds()));
            r.put(t.name() + "PeakHeapMb", round(t.median().heap().peakUsedMb()));
            r.put(t.name() + "LiveHeapMb", round(t.median().heap().peakAfterGcMb()));
            r.put(t.name() + "AllSeconds", t.runs().stream().map(x -> round(x.seconds())).toList());
            r.put(t.name() + "AllJitSeconds", t.runs().stream().map(x -> round(x.jitSeconds())).toList());
            r.put(t.name() + "WarmupCases", t.warmup().cases());
            r.put(t.name() + "WarmupSeconds", round(t.warmup().seconds()));
            r.put(t.name() + "Verified", true);
        }
        if (pdbot != null && raw != null) {
            r.put("ratioRaw", round(pdbot.seconds() / raw.seconds()));
        }
        if (pdbot != null && camel != null) {
            r.put("ratioCamel", round(pdbot.seconds() / camel.seconds()));
        }
        // against one instance on H2, in the same run: above 1 is slower, below 1 faster
        if (pdbot != null && pdbotPg != null) {
            r.put("ratioPgToH2", round(pdbotPg.seconds() / pdbot.seconds()));
        }
        if (pdbot != null && pdbot2x != null) {
            r.put("ratioTwoInstancesToH2", round(pdbot2x.seconds() / pdbot.seconds()));
        }
    }

    /**
     * One more pdbot run, not counted, with its threads sampled every 5 ms; at most {@link #PROFILE_CASES} cases,
     * which show where the time goes as well as 2,000 would, in a tenth of the time.
     */
    private Map<String, Double> profile(BenchServer server, PdbotUnderTest pdbot) throws Exception {
        List<BenchCase> cases = BenchCases.generate(Math.min(config.n(), PROFILE_CASES), "profile");
        Map<String, Double> shares;
        Throughput.Run run;
        server.purge();
        server.preload(cases);
        try (StackSampler sampler = StackSampler.start(5)) {
            long start = System.nanoTime();
            long end = pdbot.drain(cases);
            run = new Throughput.Run((end - start) / 1e9, 0, 0, new HeapProbe.Heap(0, 0));
            shares = sampler.shares();
        }
        pdbot.verify(cases);
        log.accept(String.format("  pdbot profile run (%d cases, sampled, not counted): %.2f s; %s", cases.size(),
                run.seconds(), pdbot.lastStages()));
        shares.forEach((k, v) -> log.accept(String.format("    %5.1f%%  %s", v, k)));
        return shares;
    }

    /**
     * GreenMail's connection threads end with an uncaught exception when a client closes a connection while the
     * server still writes (a route stopped between runs): a stack trace on the console that means nothing. It
     * goes to the bench log as one line; any other uncaught exception is printed as before.
     */
    private static void quietAboutClosedMailConnections() {
        Thread.UncaughtExceptionHandler printing = Thread.getDefaultUncaughtExceptionHandler();
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Benchmark.class);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            boolean mailServer = thread.getName().startsWith("imap:") || thread.getName().startsWith("smtp:");
            if (mailServer && e.getCause() instanceof java.net.SocketException closed) {
                log.info("GreenMail {}: client closed the connection ({})", thread.getName(), closed.getMessage());
            } else if (printing != null) {
                printing.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
    }

    static Path write(Map<String, Object> results, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path file = outDir.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        return file;
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }
}
