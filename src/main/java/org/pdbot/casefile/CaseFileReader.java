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
 *
 * <p>Longer than most: one reader per case-file shape (flat keys, nested posture, equities, criminal
 * history entries, attorney), kept together so the file format is read in one place.
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
            Map.entry("office", Field.OFFICE),
            Map.entry("pdAlternative", Field.PD_ALTERNATIVE),
            Map.entry("familyName", Field.FAMILY_NAME),
            Map.entry("givenNames", Field.GIVEN_NAMES),
            Map.entry("nameOnNta", Field.NAME_ON_NTA),
            Map.entry("aliases", Field.ALIASES),
            Map.entry("honorific", Field.HONORIFIC),
            Map.entry("orderDate", Field.ORDER_DATE),
            Map.entry("orderType", Field.ORDER_TYPE),
            Map.entry("inAbsentia", Field.IN_ABSENTIA),
            Map.entry("ntaDate", Field.NTA_DATE),
            Map.entry("charges", Field.CHARGES),
            Map.entry("entry", Field.ENTRY),
            Map.entry("summary", Field.SUMMARY),
            Map.entry("enforcementConcerns", Field.ENFORCEMENT_CONCERNS),
            Map.entry("mitigation", Field.MITIGATION),
            Map.entry("bondAmount", Field.BOND_AMOUNT),
            Map.entry("releaseAddress", Field.RELEASE_ADDRESS),
            Map.entry("sponsor", Field.SPONSOR),
            Map.entry("reliefSought", Field.RELIEF_SOUGHT),
            Map.entry("afterDismissal", Field.AFTER_DISMISSAL),
            Map.entry("clientConsent", Field.CLIENT_CONSENT),
            Map.entry("criminalHistoryConfirmed", Field.CRIMINAL_HISTORY_CONFIRMED));

    /** Keys of a {@code posture: {…}} group; {@code stage} (or {@code status}) is the posture's words. */
    private static final Map<String, Field> POSTURE_KEYS = Map.of(
            "stage", Field.POSTURE,
            "status", Field.POSTURE,
            "orderDate", Field.ORDER_DATE,
            "orderType", Field.ORDER_TYPE,
            "inAbsentia", Field.IN_ABSENTIA,
            "ntaDate", Field.NTA_DATE,
            "charges", Field.CHARGES,
            "entry", Field.ENTRY);

    private static final Map<String, Field> CUSTODY_KEYS = Map.of(
            "bondAmount", Field.BOND_AMOUNT,
            "releaseAddress", Field.RELEASE_ADDRESS,
            "sponsor", Field.SPONSOR);

    private static final Map<String, Field> RELIEF_KEYS = Map.of(
            "reliefSought", Field.RELIEF_SOUGHT,
            "afterDismissal", Field.AFTER_DISMISSAL,
            "clientConsent", Field.CLIENT_CONSENT);

    private static final java.util.Set<String> APPLICATION_KEYS = java.util.Set.of("form", "receiptNumber", "status",
            "date", "description");
    private static final java.util.Set<String> RECORD_KEYS = java.util.Set.of("date", "jurisdiction", "charge",
            "statute", "disposition", "sentence", "completion", "exhibit");
    private static final java.util.Set<String> DOCUMENT_KEYS = java.util.Set.of("file", "title", "date");

    private static final Map<String, Field> ATTORNEY_KEYS = Map.of(
            "name", Field.ATTORNEY,
            "eoirId", Field.EOIR_ID,
            "email", Field.ATTORNEY_EMAIL,
            "phone", Field.ATTORNEY_PHONE,
            "barAdmission", Field.BAR_ADMISSION,
            "eoir28", Field.EOIR_28);

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
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("attorney")) {
                readAttorney(value, fields);
            } else if (key.equals("documents")) {
                documents.addAll(documents(value, fields));
            } else if (key.equals("posture")) {
                readGroup(key, value, POSTURE_KEYS, Field.POSTURE, fields);
            } else if (key.equals("custody")) {
                readGroup(key, value, CUSTODY_KEYS, null, fields);
            } else if (key.equals("relief")) {
                readGroup(key, value, RELIEF_KEYS, Field.RELIEF_SOUGHT, fields);
            } else if (key.equals("applications")) {
                readApplications(value, fields);
            } else if (key.equals("equities")) {
                readEquities(value, fields);
            } else if (key.equals("criminalHistory") && value.isArray()) {
                readCriminalHistory(value, fields);
            } else if (key.equals("criminalHistory") && value.isObject()) {
                readRecord("criminalHistory", value, fields);
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
        for (Document document : documents) {
            caseFolder.attach(document.file(), document.title(), document.date(), builder);
        }
        return builder.build();
    }

    private record Document(String file, String title, java.time.LocalDate date) {
    }

    /** Each entry "file.pdf" or {@code {file, title, date}}. */
    private static List<Document> documents(JsonNode value, CaseFields fields) {
        List<Document> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        for (JsonNode item : items) {
            if (item.isNull()) {
                continue;
            }
            if (item.isValueNode()) {
                out.add(new Document(item.asText(), null, null));
                continue;
            }
            if (!item.isObject()) {
                fields.addProblem("Field 'documents' has an item that is neither a file name nor {file, title, date}");
                continue;
            }
            unknownKeys("documents", item, DOCUMENT_KEYS, fields);
            String file = text(item.get("file"));
            if (file == null) {
                fields.addProblem("A document in 'documents' has no 'file'");
                continue;
            }
            String date = text(item.get("date"));
            java.time.LocalDate day = date == null ? null : CaseDates.parseDate(date).orElse(null);
            if (date != null && day == null) {
                fields.addProblem("Document '" + file + "' date '" + date + "' is not a date");
            }
            out.add(new Document(file, text(item.get("title")), day));
        }
        return out;
    }

    /**
     * A group of fields ({@code posture: {orderDate: …}}); a group written as plain text is read as its
     * {@code textField} (the posture's words, the relief sought).
     */
    private static void readGroup(String key, JsonNode value, Map<String, Field> keys, Field textField,
                                  CaseFields fields) {
        if (!value.isObject()) {
            if (textField == null) {
                fields.addProblem("Field '" + key + "' should be a group of fields (" + String.join(", ",
                        new java.util.TreeSet<>(keys.keySet())) + ")");
            } else {
                fields.put(textField, String.join("\n", texts(key, value, fields)));
            }
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            Field field = keys.get(entry.getKey());
            if (field == null) {
                fields.addProblem("Unknown field '" + key + "." + entry.getKey() + "'");
            } else {
                fields.put(field, String.join("\n", texts(key + "." + entry.getKey(), entry.getValue(), fields)));
            }
        }
    }

    /** Each entry a line ("I-130, IOE0912345678, approved 05/01/2024") or {form, receiptNumber, status, date, description}. */
    private static void readApplications(JsonNode value, CaseFields fields) {
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isNull()) {
                continue;
            }
            if (item.isValueNode()) {
                lines.add(item.asText());
                continue;
            }
            if (!item.isObject()) {
                fields.addProblem("Field 'applications' has an item that is neither text nor a group of fields");
                continue;
            }
            unknownKeys("applications", item, APPLICATION_KEYS, fields);
            String form = text(item.get("form"));
            String date = text(item.get("date"));
            java.time.LocalDate day = date == null ? null : CaseDates.parseDate(date).orElse(null);
            if (date != null && day == null) {
                fields.addProblem("Application " + (form == null ? "" : form + " ") + "date '" + date
                        + "' is not a date");
            }
            fields.addApplication(new Application(form == null ? null : ApplicationLine.normaliseForm(form),
                    text(item.get("receiptNumber")), text(item.get("status")), day, text(item.get("description"))));
        }
        if (!lines.isEmpty()) {
            fields.put(Field.APPLICATIONS, String.join("\n", lines));
        }
    }

    /** {@code equities: {TIES: [facts], work: "…"}}: keys are factor codes or the labels a mail would use. */
    private static void readEquities(JsonNode value, CaseFields fields) {
        if (!value.isObject()) {
            fields.addProblem("Field 'equities' should be a group of factors, e.g. TIES: [facts], WORK_EDUCATION: [facts]");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            java.util.Optional<Field> field = Field.ofFactor(entry.getKey())
                    .or(() -> LabelledFieldParser.fieldNamed(entry.getKey()).filter(f -> f.factor() != null));
            if (field.isEmpty()) {
                fields.addProblem("Unknown factor 'equities." + entry.getKey() + "'; the factors are "
                        + String.join(", ", java.util.Arrays.stream(Field.values()).map(Field::factor)
                        .filter(java.util.Objects::nonNull).toList()));
                continue;
            }
            fields.putEquity(field.get(), texts("equities." + entry.getKey(), entry.getValue(), fields));
        }
    }

    /** A list of entries, each free text (kept verbatim) or {date, jurisdiction, charge, …}. */
    private static void readCriminalHistory(JsonNode value, CaseFields fields) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isNull()) {
                continue;
            }
            if (item.isObject()) {
                readRecord("criminalHistory", item, fields);
            } else if (item.isValueNode()) {
                lines.add(item.asText());
            } else {
                fields.addProblem("Field 'criminalHistory' has an item that is neither text nor a group of fields");
            }
        }
        if (!lines.isEmpty()) {
            fields.put(Field.CRIMINAL_HISTORY, String.join("\n", lines));
        }
    }

    private static void readRecord(String key, JsonNode item, CaseFields fields) {
        unknownKeys(key, item, RECORD_KEYS, fields);
        String date = text(item.get("date"));
        java.time.LocalDate day = date == null ? null : CaseDates.parseDate(date).orElse(null);
        fields.addCriminalRecord(new CriminalRecord(day, day == null ? date : null, text(item.get("jurisdiction")),
                text(item.get("charge")), text(item.get("statute")), text(item.get("disposition")),
                text(item.get("sentence")), text(item.get("completion")), text(item.get("exhibit"))));
    }

    private static void unknownKeys(String key, JsonNode item, java.util.Set<String> known, CaseFields fields) {
        item.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                fields.addProblem("Unknown field '" + key + "." + name + "'; use " + String.join(", ",
                        new java.util.TreeSet<>(known)));
            }
        });
    }

    /** A scalar's text, stripped; null for a missing, empty or non-scalar value. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || !node.isValueNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
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
