package org.pdbot.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a structured case file ({@code .json}, {@code .yaml}, {@code .yml}) dropped in the intake folder.
 * Values are read exactly as labelled mail values are, with the same problems; documents are taken only from
 * inside the case file's own folder.
 */
public final class CaseFileReader {

    private static final Map<String, Field> KEYS = Map.ofEntries(
            Map.entry("name", Field.NAME),
            Map.entry("aNumber", Field.A_NUMBER),
            Map.entry("dateOfBirth", Field.DATE_OF_BIRTH),
            Map.entry("country", Field.COUNTRY),
            Map.entry("court", Field.COURT),
            Map.entry("detained", Field.DETAINED),
            Map.entry("facility", Field.FACILITY),
            Map.entry("nextHearing", Field.NEXT_HEARING),
            Map.entry("hearingType", Field.HEARING_TYPE),
            Map.entry("judge", Field.JUDGE),
            Map.entry("pdTypes", Field.PD_TYPE),
            Map.entry("reasons", Field.REASONS),
            Map.entry("criminalHistory", Field.CRIMINAL_HISTORY),
            Map.entry("office", Field.OFFICE));

    private static final Map<String, Field> ATTORNEY_KEYS = Map.of(
            "name", Field.ATTORNEY,
            "eoirId", Field.EOIR_ID,
            "email", Field.ATTORNEY_EMAIL,
            "phone", Field.ATTORNEY_PHONE);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private CaseFileReader() {
    }

    /**
     * The case in {@code file}. Values that cannot be read, unknown fields and documents that cannot be
     * attached become problems in the case; only a file that is not JSON or YAML at all is an exception.
     *
     * @throws IOException when the file cannot be read or is not well-formed, with a message a person can act on
     */
    public static CaseFile read(Path file) throws IOException {
        return read(file, file);
    }

    /**
     * The case in {@code copy}, a kept copy of the dropped file {@code original}: named, and its documents
     * taken from its folder, as the original.
     */
    public static CaseFile read(Path copy, Path original) throws IOException {
        JsonNode root = parse(copy, String.valueOf(original.getFileName()));
        CaseFields fields = new CaseFields();
        Path folder = original.toAbsolutePath().getParent();
        List<String> documents = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("attorney")) {
                readAttorney(value, fields);
            } else if (key.equals("documents")) {
                documents.addAll(texts(key, value, fields));
            } else if (key.equals("detained") && value.isBoolean()) {
                fields.putDetained(value.booleanValue());
            } else if (KEYS.containsKey(key)) {
                Field field = KEYS.get(key);
                fields.put(field, String.join("\n", texts(key, value, fields)));
            } else {
                fields.addProblem("Unknown field '" + key + "'");
            }
        }
        CaseFile.Builder builder = fields.toBuilder();
        CaseFolder caseFolder = new CaseFolder(folder);
        for (String document : documents) {
            caseFolder.attach(document, builder);
        }
        return builder.build();
    }

    private static void readAttorney(JsonNode value, CaseFields fields) {
        if (!value.isObject()) {
            fields.put(Field.ATTORNEY, String.join("\n", texts("attorney", value, fields)));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            Field field = ATTORNEY_KEYS.get(entry.getKey());
            if (field == null) {
                fields.addProblem("Unknown field 'attorney." + entry.getKey() + "'");
            } else {
                fields.put(field, String.join("\n", texts("attorney." + entry.getKey(), entry.getValue(), fields)));
            }
        }
    }

    /** A value as lines of text: a scalar is one, a list is one per item; anything else is a problem. */
    private static List<String> texts(String key, JsonNode value, CaseFields fields) {
        if (value.isNull() || value.isMissingNode()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isValueNode() && !item.isNull()) {
                    items.add(item.asText());
                } else if (!item.isNull()) {
                    fields.addProblem("Field '" + key + "' has an item that is not text");
                }
            }
            return items;
        }
        fields.addProblem("Field '" + key + "' should be text or a list, not a group of fields");
        return List.of();
    }

    private static JsonNode parse(Path file, String fileName) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        ObjectMapper mapper;
        String format;
        if (lower.endsWith(".json")) {
            mapper = JSON;
            format = "JSON";
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            mapper = YAML;
            format = "YAML";
        } else {
            throw new IOException("Case file '" + fileName + "' is not .json, .yaml or .yml");
        }
        JsonNode root;
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            root = parser.nextToken() == null ? null : tree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new IOException("Case file '" + fileName + "' holds more than one case"
                        + where(parser.currentLocation()));
            }
        } catch (JsonProcessingException e) {
            throw new IOException("Case file '" + fileName + "' is not valid " + format + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + where(e.getLocation()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IOException("Case file '" + fileName + "' is empty");
        }
        if (!root.isObject()) {
            throw new IOException("Case file '" + fileName + "' does not hold a case: expected fields such as "
                    + "name and aNumber");
        }
        return root;
    }

    /**
     * The value at the parser's current token, with every scalar kept as the text written: YAML would read
     * {@code aNumber: 001234567} as an octal number and lose the A-number.
     */
    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, tree(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser));
                }
                return array;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(parser.getText());
            }
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
