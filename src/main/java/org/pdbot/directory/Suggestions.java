package org.pdbot.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Did you mean" for a name that matches nothing: the known names that share most letter trigrams with it
 * (Dice similarity over a trigram index). Only ever shown to a person; nothing is routed by similarity.
 */
final class Suggestions {

    private static final double MIN_SIMILARITY = 0.45;
    private static final int MAX = 3;

    /** Words every other facility has; left out of the comparison so "Shelby County Jail" is not like "Clay County Jail". */
    private static final Set<String> COMMON = Set.of("county", "jail", "detention", "center", "facility",
            "correctional", "corrections", "processing", "service", "ice", "contract", "immigration", "court",
            "regional", "department", "of", "the", "sheriffs", "office", "complex", "services", "parish", "public",
            "safety", "justice", "institution", "adult", "annex");

    private record Known(String key, String name, Office office, int trigrams) {
    }

    private final Map<String, List<Known>> byTrigram = new HashMap<>();

    Suggestions(Map<String, Map.Entry<String, Office>> keys) {
        keys.forEach((key, written) -> {
            Set<String> grams = trigrams(key);
            Known known = new Known(key, written.getKey(), written.getValue(), grams.size());
            grams.forEach(g -> byTrigram.computeIfAbsent(g, x -> new ArrayList<>()).add(known));
        });
    }

    /** Up to three known names like this key, best first and one per office, as "Stewart (Atlanta — Stewart)". */
    List<String> like(String key) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        Set<String> grams = trigrams(key);
        Map<Known, Integer> shared = new HashMap<>();
        for (String g : grams) {
            for (Known k : byTrigram.getOrDefault(g, List.of())) {
                shared.merge(k, 1, Integer::sum);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        Set<Object> seen = new java.util.HashSet<>();
        shared.entrySet().stream()
                .filter(e -> !e.getKey().key().equals(key))
                .map(e -> Map.entry(e.getKey(), 2.0 * e.getValue() / (grams.size() + e.getKey().trigrams())))
                .filter(e -> e.getValue() >= MIN_SIMILARITY)
                .sorted(Comparator.comparingDouble((Map.Entry<Known, Double> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().key()))
                .forEach(e -> {
                    Known k = e.getKey();
                    if (out.size() < MAX && seen.add(k.office() == null ? k.name() : k.office())) {
                        out.add(k.office() == null ? k.name() : k.name() + " (" + k.office().displayName() + ")");
                    }
                });
        return List.copyOf(out);
    }

    private static Set<String> trigrams(String key) {
        String distinctive = String.join(" ", java.util.Arrays.stream(key.split(" "))
                .filter(w -> !COMMON.contains(w)).toList());
        String padded = "  " + (distinctive.isEmpty() ? key : distinctive) + " ";
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
