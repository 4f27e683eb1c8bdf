package org.pdbot.render;

import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model handed to the request templates: plain maps, lists, strings, booleans and numbers built from a
 * case, never the Java objects themselves, so a template can read values but call nothing.
 *
 * <p>What OPLA requires (name, A-number, PD sought, reasons, criminal history) and whatever the letter
 * cannot do without (office, detained or not, reference, date) is left out of the model when the case does
 * not have it, so the strict templates stop with an error naming it. Optional values are also left out when
 * unknown; templates test them with {@code ??}. Every single-line value is put on one line.
 */
final class RequestModel {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private RequestModel() {
    }

    static Map<String, Object> of(CaseFile c, Office office, Clinic clinic, String reference, LocalDate today,
                                  FactorClassifier classifier) {
        Map<String, Object> m = new LinkedHashMap<>();
        PersonName name = PersonName.parse(c.name());
        m.put("name", Text.oneLine(c.name()));
        m.put("nameLastFirst", name.lastFirst());
        m.put("lastName", name.surname());
        m.put("givenNames", name.givenNames());
        m.put("aNumber", c.aNumber() == null ? null : c.aNumber().formatted());
        m.put("dateOfBirth", c.dateOfBirth() == null ? null : DATE.format(c.dateOfBirth()));
        m.put("country", Text.oneLine(c.country()));
        m.put("court", Text.oneLine(c.court()));
        m.put("judge", Text.oneLine(c.judge()));
        // a named detention facility says the client is detained even when the Detained line is missing
        m.put("detained", c.detained() != null ? c.detained() : (c.facility() != null ? Boolean.TRUE : null));
        m.put("facility", Text.oneLine(c.facility()));
        m.put("nextHearing", hearing(c.nextHearing()));
        m.put("pdTypes", c.pdTypes().isEmpty() ? null : pdTypes(c.pdTypes(), c.pdRequested()));
        m.put("pdRequested", Text.oneLine(c.pdRequested()));
        List<String> paragraphs = Sentences.paragraphs(c.reasons());
        m.put("reasons", paragraphs.isEmpty() ? null : paragraphs);
        m.put("factors", paragraphs.isEmpty() ? null : factors(classifier.classify(c.reasons())));
        m.put("criminalHistory", criminalHistory(c.criminalHistory()));
        m.put("attorney", attorney(c.attorney()));
        m.put("documents", c.documents().stream().map(RequestModel::document).toList());
        m.put("office", office(office));
        m.put("reference", Text.oneLine(reference));
        m.put("today", today == null ? null : LETTER_DATE.format(today));
        m.put("clinic", clinic(clinic));
        return m;
    }

    private static Map<String, Object> hearing(Hearing h) {
        if (h == null) {
            return null;
        }
        String date = DATE.format(h.date());
        String time = h.time() == null ? null : TIME.format(h.time());
        String type = Text.oneLine(h.type());
        String text = date + (time == null ? "" : " at " + time) + (type == null ? "" : " (" + type + ")");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date);
        m.put("time", time);
        m.put("type", type);
        m.put("text", text);
        return m;
    }

    private static List<Map<String, Object>> pdTypes(List<PdType> types, String requested) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PdType t : types) {
            String words = Text.oneLine(requested);
            String label = t == PdType.OTHER && words != null ? t.label() + ": " + words : t.label();
            out.add(Map.of("code", t.name(), "label", label));
        }
        return out;
    }

    private static List<Map<String, Object>> factors(List<FactorFinding> findings) {
        return findings.stream().<Map<String, Object>>map(f -> Map.of(
                "code", f.factor().code(),
                "label", f.factor().label(),
                "sentences", f.sentences())).toList();
    }

    private static Map<String, Object> criminalHistory(CriminalHistory h) {
        if (h == null || !h.isStated()) {
            return null;
        }
        List<String> entries = h.entries().stream().map(Text::oneLine).filter(e -> e != null).toList();
        return Map.of("none", h.none(), "entries", entries);
    }

    private static Map<String, Object> attorney(Attorney a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Text.oneLine(a.name()));
        m.put("eoirId", Text.oneLine(a.eoirId()));
        m.put("email", Text.oneLine(a.email()));
        m.put("phone", Text.oneLine(a.phone()));
        return m;
    }

    private static Map<String, Object> document(SupportingDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", Text.oneLine(d.fileName()));
        m.put("contentType", Text.oneLine(d.contentType()));
        m.put("sizeKb", (d.size() + 1023) / 1024);
        return m;
    }

    private static Map<String, Object> office(Office o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", Text.oneLine(o.displayName()));
        m.put("pdAddress", Text.oneLine(o.pdAddress()));
        m.put("code", Text.oneLine(o.code()));
        m.put("fieldLocation", Text.oneLine(o.fieldLocation()));
        m.put("subOffice", Text.oneLine(o.subOffice()));
        return m;
    }

    private static Map<String, Object> clinic(Clinic c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Text.oneLine(c.name()));
        m.put("email", Text.oneLine(c.email()));
        m.put("address", Text.oneLine(c.address()));
        m.put("addressLines", c.address() == null ? List.of()
                : c.address().lines().map(Text::oneLine).filter(l -> l != null).toList());
        m.put("phone", Text.oneLine(c.phone()));
        return m;
    }
}
