package org.pdbot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * pdbot's configuration: {@code config/application.properties}, each key overridable by an environment
 * variable named the Camel way ({@code pdbot.data-dir} → {@code PDBOT_DATA_DIR}) and by a JVM system
 * property of the same key. The same resolved values are handed to Camel, so routes and Java agree.
 */
public final class Settings {

    private final Map<String, String> values;
    private final Path configDir;

    private Settings(Map<String, String> values, Path configDir) {
        this.values = values;
        this.configDir = configDir;
    }

    /** Reads {@code application.properties} from the folder, then applies the environment and system properties. */
    public static Settings load(Path configDir) {
        return load(configDir, System.getenv(), Map.of());
    }

    /** As {@link #load(Path)}, with the environment given and explicit overrides applied last (tests, CLI flags). */
    public static Settings load(Path configDir, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        Path file = configDir.resolve("application.properties");
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
        }
        for (String key : List.copyOf(values.keySet())) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        // keys the file does not list can still come from the environment (e.g. PDBOT_IMAP_HOST)
        env.forEach((name, value) -> {
            if (name.startsWith("PDBOT_") && values.keySet().stream().noneMatch(k -> envName(k).equals(name))) {
                values.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("pdbot."))
                .forEach(k -> values.put(k, System.getProperty(k)));
        values.putAll(overrides);
        return new Settings(values, configDir);
    }

    /** {@code pdbot.data-dir} → {@code PDBOT_DATA_DIR}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public Optional<String> find(String key) {
        String v = values.get(key);
        if (v == null) {
            // an environment-only key arrives with dots for dashes; accept either spelling
            v = values.get(key.replace('-', '.'));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public String get(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException(
                "Configuration key '" + key + "' is not set (config/application.properties or " + envName(key) + ")"));
    }

    public String get(String key, String defaultValue) {
        return find(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return find(key).map(v -> parse(key, v, Integer::parseInt)).orElse(defaultValue);
    }

    public long getLong(String key, long defaultValue) {
        return find(key).map(v -> parse(key, v, Long::parseLong)).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return find(key).map(v -> Boolean.parseBoolean(v.strip())).orElse(defaultValue);
    }

    public Duration getMillis(String key, long defaultMillis) {
        return Duration.ofMillis(getLong(key, defaultMillis));
    }

    public List<String> getList(String key) {
        return find(key).map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of())
                .stream().filter(s -> !s.isBlank()).toList();
    }

    /** A path setting; relative paths are taken from the working directory. */
    public Path path(String key, String defaultValue) {
        return Path.of(get(key, defaultValue));
    }

    public Path configDir() {
        return configDir;
    }

    public Path dataDir() {
        return path("pdbot.data-dir", "data");
    }

    /** A copy with more values, e.g. the sandbox's ports once it started. */
    public Settings with(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(more);
        return new Settings(copy, configDir);
    }

    /** All values, for Camel's property placeholders. */
    public Properties asProperties() {
        Properties p = new Properties();
        p.putAll(values);
        return p;
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration key '" + key + "' must be a number, not '" + value + "'");
        }
    }
}
