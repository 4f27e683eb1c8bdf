package org.pdbot.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.pdbot.casefile.CaseFile;

/**
 * A case as JSON in the database, so a draft can be corrected without reading the intake again; and a draft's
 * compliance findings, so its approval can tell what changed.
 */
final class CaseJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(CaseFile c) {
        try {
            return mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the case: " + e.getOriginalMessage(), e);
        }
    }

    String writeFindings(java.util.List<org.pdbot.check.Finding> findings) {
        try {
            return mapper.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the findings: " + e.getOriginalMessage(), e);
        }
    }

    java.util.List<org.pdbot.check.Finding> readFindings(String json) {
        try {
            return java.util.List.of(mapper.readValue(json, org.pdbot.check.Finding[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored findings: " + e.getOriginalMessage(), e);
        }
    }

    CaseFile read(String json) {
        try {
            return mapper.readValue(json, CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored case: " + e.getOriginalMessage(), e);
        }
    }
}
