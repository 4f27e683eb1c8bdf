package org.pdbot.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one benchmark run does, from system properties: {@code -Dbench.n=2000 -Dbench.reps=3
 * -Dbench.warmup=200 -Dbench.warmupMaxS=60 -Dbench.pickup=50 -Dbench.bigMb=100 -Dbench.bigTimeoutS=180
 * -Dbench.historyRows=1000,100000 -Dbench.only=throughput,pickup,big,history,startup,profile
 * -Dbench.contenders=raw,camel,pdbot,pdbotPg,pdbot2x -Dbench.out=target/bench}. Empty or absent means everything
 * ({@code pdbotPg}: pdbot on PostgreSQL; {@code pdbot2x}: two instances on one PostgreSQL; both need it installed).
 *
 * <p>{@code warmup} is the size of one warm-up round; rounds repeat until the JIT has settled, for at most
 * {@code warmupMaxS} seconds (see {@link Throughput}).
 */
record BenchConfig(int n, int reps, int warmup, int warmupMaxSeconds, int pickupCount, int bigAttachmentMb,
                   int bigTimeoutSeconds, int[] historyRows,
                   Set<String> sections, Set<String> contenders, Path outDir) {

    static final Set<String> ALL = Set.of("throughput", "profile", "pickup", "big", "history", "startup");
    static final Set<String> CONTENDERS = Set.of("raw", "camel", "pdbot", "pdbotPg", "pdbot2x");

    static BenchConfig fromSystemProperties() {
        Set<String> sections = setProp("bench.only", ALL);
        Set<String> contenders = setProp("bench.contenders", CONTENDERS);
        int[] rows = Arrays.stream(System.getProperty("bench.historyRows", "1000,100000").split("\\s*,\\s*"))
                .mapToInt(Integer::parseInt).toArray();
        return new BenchConfig(intProp("bench.n", 2000), intProp("bench.reps", 3), intProp("bench.warmup", 200),
                intProp("bench.warmupMaxS", 60),
                intProp("bench.pickup", 50), intProp("bench.bigMb", 100), intProp("bench.bigTimeoutS", 180), rows, sections, contenders,
                Path.of(System.getProperty("bench.out", "target/bench")));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    private static Set<String> setProp(String key, Set<String> all) {
        String v = System.getProperty(key, "").strip();
        return v.isEmpty() ? all
                : Arrays.stream(v.split("\\s*,\\s*")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static int intProp(String key, int defaultValue) {
        String v = System.getProperty(key, "").strip();
        return v.isEmpty() ? defaultValue : Integer.parseInt(v);
    }
}
