package org.pdbot.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a clinic-edited YAML rules file, with errors a person can act on. */
final class RuleFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleFiles() {
    }

    /**
     * The file as {@code type}; null for an empty file.
     *
     * @param name how an error names the file ("Reply rules file 'config/reply-rules.yaml'")
     * @throws IllegalArgumentException when it is missing, unreadable or not valid YAML of that shape
     */
    static <T> T read(Path yaml, Class<T> type, String name) {
        try {
            return YAML.readValue(Files.readString(yaml), type);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + " does not exist", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
