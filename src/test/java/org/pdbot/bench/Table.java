package org.pdbot.bench;

import java.util.Map;

/** The short table printed after a run, from the same map that goes to results.json. */
final class Table {

    private Table() {
    }

    static String render(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        if (r.containsKey("pdbotSeconds")) {
            sb.append(String.format("n = %s cases, median of %s run(s), warm-up excluded (cases: raw %s, Camel %s,"
                    + " pdbot %s), %s cores; CPU and JIT (time spent compiling) of the median run%n%n",
                    r.get("n"), r.get("reps"), r.get("rawWarmupCases"), r.get("camelWarmupCases"),
                    r.get("pdbotWarmupCases"), r.get("cores")));
            sb.append(String.format("| %-13s | %9s | %8s | %8s | %8s | %13s | %13s | %s |%n", "", "wall (s)", "msg/s",
                    "CPU (s)", "JIT (s)", "heap peak MB", "heap live MB", "each run (s)"));
            sb.append("|---------------|-----------|----------|----------|----------|---------------|---------------|---|\n");
            for (String name : new String[] {"raw", "camel", "pdbot", "pdbotPg", "pdbot2x"}) {
                if (!r.containsKey(name + "Seconds")) {
                    continue;
                }
                sb.append(String.format("| %-13s | %9s | %8s | %8s | %8s | %13s | %13s | %s |%n", label(name),
                        r.get(name + "Seconds"), r.get(name + "MsgPerSec"), r.get(name + "CpuSeconds"),
                        r.get(name + "JitSeconds"), r.get(name + "PeakHeapMb"), r.get(name + "LiveHeapMb"),
                        r.get(name + "AllSeconds")));
            }
            sb.append(String.format("%npdbot / raw = %s    pdbot / plain Camel = %s%n", r.get("ratioRaw"),
                    r.get("ratioCamel")));
            if (r.containsKey("ratioPgToH2") || r.containsKey("ratioTwoInstancesToH2")) {
                sb.append(String.format("pdbot on PostgreSQL / on H2 = %s    two instances on PostgreSQL / one on H2 = %s%n",
                        r.get("ratioPgToH2"), r.get("ratioTwoInstancesToH2")));
            }
        }
        line(sb, "pickupP50Ms", "pickup latency p50 / p99 (ms)", r.get("pickupP50Ms") + " / " + r.get("pickupP99Ms")
                + "  (poll delay " + r.get("pickupPollDelayMs") + " ms, " + r.get("pickupCount") + " mails)", r);
        line(sb, "bigAttachmentOk", r.get("bigAttachmentMb") + " MB attachment, -Xmx256m",
                (Boolean.TRUE.equals(r.get("bigAttachmentOk")) ? "OK" : "FAILED") + ", heap peak "
                        + r.get("bigAttachmentHeapMb") + " MB, live " + r.get("bigAttachmentLiveHeapMb") + " MB ("
                        + r.get("bigAttachmentDetail") + ")", r);
        line(sb, "startupMs", "start-up, launch to first poll (ms)", String.valueOf(r.get("startupMs")), r);
        r.forEach((k, v) -> {
            if (k.startsWith("history")) {
                sb.append(String.format("%-38s %s%n", k + " (µs)", v));
            }
        });
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String label, String value, Map<String, Object> r) {
        if (r.containsKey(key)) {
            sb.append(String.format("%-38s %s%n", label, value));
        }
    }

    private static String label(String name) {
        return switch (name) {
            case "raw" -> "raw transport";
            case "camel" -> "plain Camel";
            case "pdbotPg" -> "pdbot, PG";
            case "pdbot2x" -> "pdbot x2, PG";
            default -> "pdbot";
        };
    }
}
