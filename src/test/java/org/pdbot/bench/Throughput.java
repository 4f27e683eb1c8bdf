package org.pdbot.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The same N cases through one contender: a warm-up run that is not counted, then {@code reps} measured runs,
 * each on a purged server with the cases preloaded before the clock starts, each verified after it stops.
 */
final class Throughput {

    /**
     * One measured run. {@code cpuSeconds} is the whole JVM's CPU time (GreenMail's included); {@code jitSeconds}
     * the time the JIT compilers spent compiling during the run, which is part of that CPU time.
     */
    record Run(double seconds, double cpuSeconds, double jitSeconds, HeapProbe.Heap heap) {
    }

    /** All measured runs of one contender, and their median by wall time. */
    record Result(String name, int n, List<Run> runs) {

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

    private Throughput() {
    }

    static Result measure(BenchServer server, Contender contender, BenchConfig config, Consumer<String> log)
            throws Exception {
        if (config.warmup() > 0) {
            List<BenchCase> warm = BenchCases.generate(config.warmup(), contender.name() + "-warmup");
            Run run = once(server, contender, warm);
            log.accept(String.format("  %s warm-up: %d in %.2f s (not counted)", contender.name(), warm.size(), run.seconds()));
        }
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
        return new Result(contender.name(), config.n(), runs);
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
