package org.pdbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code config/application.properties} is where a clinic's IT person reads what each setting does and what it
 * is when left alone. The code still falls back to a default when a key is missing (an older file after an
 * upgrade), so the two must say the same: every key the code reads is in the file, and a default written in the
 * code is the value the file gives.
 */
class DefaultsAreDocumentedTest {

    /** {@code settings.getInt("pdbot.x", 20)}, {@code s.get("pdbot.y", "review")}, {@code path("pdbot.z", "data")}. */
    private static final Pattern READ = Pattern.compile(
            "\\.(?:get|getInt|getLong|getBoolean|getMillis|path|find|getList)\\(\\s*\"(pdbot\\.[a-z0-9.-]+)\"\\s*(?:,\\s*([^;]*?))?\\)\\s*[;,)]");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"|(-?[0-9][0-9_]*)L?|(true|false)");

    private static final Map<String, List<String>> literalDefaults = new TreeMap<>();
    private static final List<String> keysRead = new ArrayList<>();
    private static final Map<String, String> file = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(1).startsWith("pdbot.internal.")) {
                        continue; // set by the bot itself for its routes, never by a clinic
                    }
                    keysRead.add(m.group(1));
                    String def = m.group(2) == null ? null : literal(m.group(2).strip());
                    if (def != null) {
                        literalDefaults.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                                .add(def + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        Pattern line = Pattern.compile("^#?\\s*(pdbot\\.[a-z0-9.-]+)\\s*=\\s*(.*)$");
        for (String l : Files.readAllLines(Path.of("config/application.properties"), StandardCharsets.UTF_8)) {
            Matcher m = line.matcher(l.strip());
            if (m.matches()) {
                // a commented example documents the key; the uncommented line, when present, is its value
                if (!l.strip().startsWith("#") || !file.containsKey(m.group(1))) {
                    file.put(m.group(1), l.strip().startsWith("#") ? null : m.group(2).strip());
                }
            }
        }
    }

    /** The default when it is a plain literal; null when the code computes it (then only the key is checked). */
    private static String literal(String expression) {
        Matcher m = LITERAL.matcher(expression);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2).replace("_", "") : m.group(3);
    }

    @Test
    void theCodeReadsSomeKeys() {
        assertThat(keysRead).as("the scan finds the settings the code reads").hasSizeGreaterThan(40);
    }

    @Test
    void everyKeyTheCodeReadsIsInTheConfigurationFile() {
        assertThat(keysRead.stream().distinct().filter(k -> !file.containsKey(k)).sorted().toList())
                .as("keys read in src/main/java but not documented in config/application.properties").isEmpty();
    }

    @Test
    void aDefaultInTheCodeIsTheValueTheFileGives() {
        List<String> differing = new ArrayList<>();
        literalDefaults.forEach((key, defaults) -> {
            String documented = file.get(key);
            for (String d : defaults) {
                String value = d.substring(0, d.lastIndexOf(" ("));
                // an empty fallback leaves the thing out (no phone line on the letterhead): nothing hidden there
                if (documented != null && !documented.isEmpty() && !value.isEmpty() && !documented.equals(value)) {
                    differing.add(key + ": file says '" + documented + "', code falls back to " + d);
                }
            }
        });
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPlaceThatReadsAKeyFallsBackToTheSameDefault() {
        List<String> differing = new ArrayList<>();
        literalDefaults.forEach((key, defaults) -> {
            if (defaults.stream().map(d -> d.substring(0, d.lastIndexOf(" ("))).distinct().count() > 1) {
                differing.add(key + ": " + defaults);
            }
        });
        assertThat(differing).isEmpty();
    }
}
