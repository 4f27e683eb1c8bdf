package org.pdbot.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The same N cases through one contender: warm-up rounds that are not counted, then {@code reps} measured runs,
 * each on a purged server with the cases preloaded before the clock starts, each verified after it stops.
 */
final class Throughput {

    /**
     * One measured run. {@code cpuSeconds} is the whole JVM's CPU time (GreenMail's included); {@code jitSeconds}
     * the time the JIT compilers spent compiling during the run, which is part of that CPU time.
     */
    record Run(double seconds, double cpuSeconds, double jitSeconds, HeapProbe.Heap heap) {
    }

    /** The warm-up a contender had: rounds, cases and seconds, none of them counted. */
    record Warmup(int rounds, int cases, double seconds) {
    }

    /** All measured runs of one contender, and their median by wall time. */
    record Result(String name, int n, List<Run> runs, Warmup warmup) {

        Run median() {
            List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
            return sorted.get(sorted.size() / 2);
        }

        double seconds() {
            return median().seconds();
        }

        double messagesPerSecond() {
            return n / seconds();
        }
    }

    static final double SETTLED_JIT_SHARE = 0.15;
    static final int MAX_WARMUP_ROUNDS = 10;

    private Throughput() {
    }

    static Result measure(BenchServer server, Contender contender, BenchConfig config, Consumer<String> log)
            throws Exception {
        Warmup warmup = warmUp(server, contender, config, log);
        List<Run> runs = new ArrayList<>();
        for (int rep = 1; rep <= config.reps(); rep++) {
            List<BenchCase> cases = BenchCases.generate(config.n(), contender.name() + "-" + rep);
            Run run = once(server, contender, cases);
            runs.add(run);
            log.accept(String.format("  %s run %d: %d in %.2f s (%.0f/s), CPU %.1f s (JIT compiling %.1f s), heap peak"
                    + " %.0f MB, live %.0f MB", contender.name(), rep, cases.size(), run.seconds(),
                    cases.size() / run.seconds(), run.cpuSeconds(), run.jitSeconds(), run.heap().peakUsedMb(),
                    run.heap().peakAfterGcMb()));
        }
        return new Result(contender.name(), config.n(), runs, warmup);
    }

    /**
     * Warm-up rounds of {@code config.warmup()} cases, not counted, until the JIT has settled: until a round in
     * which the compilers took less than {@link #SETTLED_JIT_SHARE} of the process CPU, or after
     * {@link #MAX_WARMUP_ROUNDS} rounds, or once {@code config.warmupMaxSeconds()} have gone by. A fixed warm-up
     * suits no contender: pdbot runs far more code than a Camel route (PDF layout, H2, templates), and on two
     * cores its compilers were still busy for more than half of the first 2,000 cases after 200.
     */
    static Warmup warmUp(BenchServer server, Contender contender, BenchConfig config, Consumer<String> log)
            throws Exception {
        if (config.warmup() <= 0) {
            return new Warmup(0, 0, 0);
        }
        long start = System.nanoTime();
        long deadline = start + config.warmupMaxSeconds() * 1_000_000_000L;
        int rounds = 0;
        int cases = 0;
        Run run;
        do {
            rounds++;
            List<BenchCase> warm = BenchCases.generate(config.warmup(), contender.name() + "-warmup-" + rounds);
            run = once(server, contender, warm);
            cases += warm.size();
            log.accept(String.format("  %s warm-up %d: %d in %.2f s, JIT compiling %.1f of %.1f s CPU (not counted)",
                    contender.name(), rounds, warm.size(), run.seconds(), run.jitSeconds(), run.cpuSeconds()));
        } while (run.jitSeconds() > SETTLED_JIT_SHARE * run.cpuSeconds() && rounds < MAX_WARMUP_ROUNDS
                && System.nanoTime() < deadline);
        return new Warmup(rounds, cases, (System.nanoTime() - start) / 1e9);
    }

    /** Preloads, times one drain, then verifies; returns the run only when it delivered everything right. */
    static Run once(BenchServer server, Contender contender, List<BenchCase> cases) throws Exception {
        server.purge();
        server.preload(cases);
        Run run;
        try (HeapProbe probe = HeapProbe.start()) {
            long cpu0 = processCpuNanos();
            long jit0 = jitMillis();
            long start = System.nanoTime();
            long end = contender.drain(cases);
            long cpu1 = processCpuNanos();
            long jit1 = jitMillis();
            run = new Run((end - start) / 1e9, (cpu1 - cpu0) / 1e9, (jit1 - jit0) / 1e3, probe.heap());
        }
        contender.verify(cases);
        return run;
    }

    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
