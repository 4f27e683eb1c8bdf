package org.pdbot.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pdbot.directory.Oversize;

/** Reads {@code config/compliance.yaml} as written; {@link ComplianceRules} checks the values. */
final class RulesFileReader {

    /** The file's keys, each null when the file leaves it out. */
    record RulesFile(
            List<String> acceptedAttachmentTypes,
            Double maxPacketMb,
            Oversize oversize,
            Integer minDaysBeforeHearing,
            List<String> convertedToPdf,
            List<String> representationMarkers,
            List<String> mitigationPhrases,
            List<NotForOpla> notForOpla,
            CriminalHistoryCandor.Words candor,
            List<Evidence> evidence,
            Map<String, String> messages) {
    }

    /** Relief OPLA does not decide, the words that name it and where it goes instead. */
    record NotForOpla(String relief, List<String> phrases, String where) {
    }

    /** A claim in the narrative, and the documents that usually prove it. */
    record Evidence(String claim, List<String> phrases, List<String> documents, String expects) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private RulesFileReader() {
    }

    static RulesFile read(Path yaml) {
        String text = "";
        try {
            text = Files.readString(yaml);
            try (JsonParser parser = YAML.createParser(text)) {
                RulesFile file = parser.nextToken() == null ? null : YAML.readValue(parser, RulesFile.class);
                if (file == null) {
                    throw new InvalidRulesException("The compliance rules file " + yaml + " is empty");
                }
                return file;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidRulesException("The compliance rules file " + yaml + " does not exist");
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidRulesException("%s%s: unknown key '%s'; the known keys are %s".formatted(
                    yaml, keyLine(text, e.getPropertyName(), e), e.getPropertyName(), e.getKnownPropertyIds()));
        } catch (InvalidFormatException e) {
            throw new InvalidRulesException("%s%s: %s has '%s'; %s".formatted(
                    yaml, line(e), key(e), e.getValue(), expected(e.getTargetType())));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "not valid YAML"
                    : e.getOriginalMessage().lines().findFirst().orElse("not valid YAML");
            throw new InvalidRulesException("%s%s: %s".formatted(yaml, line(e), message));
        } catch (IOException e) {
            throw new InvalidRulesException("The compliance rules file " + yaml + " cannot be read: " + e.getMessage());
        }
    }

    private static String key(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).reduce((first, last) -> last)
                .map(name -> "'" + name + "'").orElse("a key");
    }

    private static String expected(Class<?> type) {
        if (type == Oversize.class) {
            return "write split or block";
        }
        if (type == Integer.class || type == int.class) {
            return "write a whole number";
        }
        return Number.class.isAssignableFrom(type) ? "write a number" : "it is not a " + type.getSimpleName();
    }

    /** Where the key is written: Jackson only notices an unknown key after reading the whole file. */
    private static String keyLine(String text, String key, JsonProcessingException e) {
        Pattern written = Pattern.compile("^" + Pattern.quote(key) + "\\s*:.*");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (written.matcher(lines.get(i)).matches()) {
                return " line " + (i + 1);
            }
        }
        return line(e);
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }
}
