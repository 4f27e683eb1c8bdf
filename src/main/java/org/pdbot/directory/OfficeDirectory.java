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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The OPLA offices and their PD mailboxes, as listed in {@code config/opla-offices.yaml}. */
public final class OfficeDirectory {

    private record DirectoryFile(List<Office> offices) {
    }

    private final List<Office> offices;

    /** @param source what the offices were read from, to name it in an error ("config/opla-offices.yaml") */
    OfficeDirectory(List<Office> offices, String source) {
        List<String> problems = DirectoryRules.problems(offices);
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(problems.stream().map(p -> "  - " + p)
                    .collect(Collectors.joining("\n", source + " has "
                            + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ":\n", "")));
        }
        this.offices = List.copyOf(offices);
    }

    /**
     * Reads and checks the directory file.
     *
     * @throws InvalidDirectoryException if the file is missing, is not valid YAML, has an unknown field, or
     *                                   breaks a rule (duplicate code or address, unknown parent, no pdAddress)
     */
    public static OfficeDirectory load(Path yaml) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
        DirectoryFile file;
        String text = "";
        try {
            text = Files.readString(yaml);
            JsonParser parser = mapper.createParser(text);
            file = parser.nextToken() == null ? null : mapper.readValue(parser, DirectoryFile.class);
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
        return new OfficeDirectory(file.offices(), yaml.toString());
    }

    /** All offices, in file order. */
    public List<Office> offices() {
        return offices;
    }

    /** The office with this code ("ATL-SDC"), ignoring case and surrounding spaces. */
    public Optional<Office> byCode(String code) {
        return code == null ? Optional.empty() : offices.stream()
                .filter(o -> DirectoryRules.key(o.code()).equals(DirectoryRules.key(code))).findFirst();
    }

    /** The office with this PD address, ignoring case and surrounding spaces. */
    public Optional<Office> byAddress(String address) {
        return address == null ? Optional.empty() : offices.stream()
                .filter(o -> DirectoryRules.key(o.pdAddress()).equals(DirectoryRules.key(address))).findFirst();
    }

    /** The main office of a sub-office, or the office itself when it is a main office. */
    Office mainOfficeOf(Office office) {
        return office.parent() == null ? office : byCode(office.parent()).orElseThrow();
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
