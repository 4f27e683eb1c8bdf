package org.pdbot.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the offices of a directory file; says in plain words which line is wrong when it cannot. */
final class DirectoryFileReader {

    private record DirectoryFile(List<Office> offices) {
    }

    /** Enum values are read ignoring case, so the file can say {@code oversize: split}. */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new JavaTimeModule())
            .build();

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
        } catch (InvalidFormatException e) {
            throw new InvalidDirectoryException("%s%s: %s has '%s'; %s".formatted(
                    yaml, line(e), fieldName(e), e.getValue(), expected(e.getTargetType())));
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

    private static String fieldName(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).reduce((first, last) -> last)
                .map(name -> "field '" + name + "'").orElse("a field");
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "write one of: " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class) {
            return "write a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "write a number";
        }
        if (type == java.time.LocalDate.class) {
            return "write a date as YYYY-MM-DD";
        }
        return "it is not a " + type.getSimpleName();
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "not valid YAML" : message.lines().findFirst().orElse(message);
    }
}
