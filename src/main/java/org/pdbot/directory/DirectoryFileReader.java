package org.pdbot.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the offices of a directory file; says in plain words which line is wrong when it cannot. */
final class DirectoryFileReader {

    private record DirectoryFile(List<Office> offices) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private DirectoryFileReader() {
    }

    static List<Office> read(Path yaml) {
        String text = "";
        DirectoryFile file;
        try {
            text = Files.readString(yaml);
            try (JsonParser parser = YAML.createParser(text)) {
                file = parser.nextToken() == null ? null : YAML.readValue(parser, DirectoryFile.class);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDirectoryException("The office directory " + yaml + " does not exist");
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidDirectoryException("%s%s: unknown field '%s'; the known fields are %s".formatted(
                    yaml, fieldLine(text, e), e.getPropertyName(), e.getKnownPropertyIds()));
        } catch (JsonProcessingException e) {
            throw new InvalidDirectoryException("%s%s: %s".formatted(yaml, line(e), firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidDirectoryException("The office directory " + yaml + " cannot be read: " + e.getMessage());
        }
        if (file == null || file.offices() == null || file.offices().isEmpty()) {
            throw new InvalidDirectoryException(yaml + " lists no offices (expected a top-level 'offices:' list)");
        }
        return file.offices();
    }

    /**
     * The line where the unknown field is written. Jackson's own location is past the whole entry, because a
     * record is read completely before its fields are checked.
     */
    private static String fieldLine(String text, UnrecognizedPropertyException e) {
        Pattern field = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(e.getPropertyName()) + "\\s*:.*");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (field.matcher(lines.get(i)).matches()) {
                return " line " + (i + 1);
            }
        }
        return line(e);
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "not valid YAML" : message.lines().findFirst().orElse(message);
    }
}
