package org.pdbot.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the reference files of {@code config/directory/} (courts.yaml, facilities.yaml, areas.yaml,
 * nicknames.yaml). A missing file is no error: routing then knows only the names in the office directory.
 */
final class ReferenceFileReader {

    private record CourtsFile(List<ReferenceData.Court> courts) {
    }

    private record FacilitiesFile(List<ReferenceData.Facility> facilities) {
    }

    private record AreasFile(List<ReferenceData.Area> areas) {
    }

    private record NicknamesFile(List<ReferenceData.Nickname> nicknames) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule()).build();

    private ReferenceFileReader() {
    }

    /** The reference data in this folder; {@link ReferenceData#NONE} when the folder does not exist. */
    static ReferenceData read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return ReferenceData.NONE;
        }
        CourtsFile courts = file(dir.resolve("courts.yaml"), CourtsFile.class);
        FacilitiesFile facilities = file(dir.resolve("facilities.yaml"), FacilitiesFile.class);
        AreasFile areas = file(dir.resolve("areas.yaml"), AreasFile.class);
        NicknamesFile nicknames = file(dir.resolve("nicknames.yaml"), NicknamesFile.class);
        return new ReferenceData(courts == null ? null : courts.courts(),
                facilities == null ? null : facilities.facilities(),
                areas == null ? null : areas.areas(),
                nicknames == null ? null : nicknames.nicknames());
    }

    private static <T> T file(Path file, Class<T> type) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            String text = Files.readString(file);
            return text.isBlank() ? null : YAML.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidDirectoryException("%s%s: unknown field '%s'; the known fields are %s".formatted(
                    file, line(e), e.getPropertyName(), e.getKnownPropertyIds()));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "not valid YAML" : e.getOriginalMessage().lines()
                    .findFirst().orElse("not valid YAML");
            throw new InvalidDirectoryException(file + line(e) + ": " + message);
        } catch (IOException e) {
            throw new InvalidDirectoryException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }
}
