package org.pdbot.mail.oauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret from the configuration: the value itself (best from the environment), or {@code file:/path} to
 * read it from a file. It never prints itself.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The setting {@code key} with value {@code setting}: as it is, or the contents of the file {@code file:/path} names. */
    public static Secret resolve(String key, String setting) {
        if (!setting.startsWith("file:")) {
            return new Secret(setting);
        }
        Path file = Path.of(setting.substring("file:".length()));
        try {
            String read = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (read.isEmpty()) {
                throw new IllegalStateException(key + " names the file " + file + ", which is empty");
            }
            return new Secret(read);
        } catch (IOException e) {
            throw new IllegalStateException(key + " names the file " + file + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
