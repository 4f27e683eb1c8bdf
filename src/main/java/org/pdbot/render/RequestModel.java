package org.pdbot.render;

import org.pdbot.casefile.Application;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.ClientName;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.CriminalRecord;
import org.pdbot.casefile.Custody;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model handed to the request templates: plain maps, lists, strings, booleans and numbers built from a
 * case, never the Java objects themselves, so a template can read values but call nothing.
 *
 * <p>What OPLA requires (name, A-number, PD sought, reasons, criminal history) and whatever the letter
 * cannot do without (office, detained or not, reference, date) is left out of the model when the case does
 * not have it, so the strict templates stop with an error naming it. Optional values are also left out when
 * unknown; templates test them with {@code ??}. Every single-line value is put on one line, and every date is
 * written out ("November 3, 1979"). Facts are printed as the clinic wrote them; pdbot adds no fact of its own.
 *
 * <p>Longer than most: it is the one translation from a case to the templates' words, one short method per
 * section of the letter.
 */
final class RequestModel {

    private RequestModel() {
    }

    static Map<String, Object> of(CaseFile c, Office office, Clinic clinic, String reference, LocalDate today,
                                  FactorClassifier classifier, CourtNames courts) {
        Map<String, Object> m = new LinkedHashMap<>();
        CaseDetails d = c.details();
        ClientName name = ClientName.of(c);
        ExhibitCitations citations = new ExhibitCitations(c.documents());
        m.put("name", Text.oneLine(name.prose()));
        m.put("nameFiled", Text.oneLine(name.filedAs()));
        m.put("nameLastFirst", Text.oneLine(name.filedAs()));
        m.put("nameAssumed", name.assumed());
        m.put("lastName", Text.oneLine(name.familyName()));
        m.put("givenNames", Text.oneLine(name.givenNames()));
        String honorific = honorific(c, name);
        String shortName = name.prose() == null ? null : Text.oneLine(name.shortForm(honorific));
        m.put("shortName", shortName);
        m.put("nameOnNta", Text.oneLine(d.names().onNta()));
        m.put("aliases", d.names().aliases().stream().map(Text::oneLine).filter(a -> a != null).toList());
        m.put("aNumber", c.aNumber() == null ? null : c.aNumber().formatted());
        m.put("dateOfBirth", WrittenDates.date(c.dateOfBirth()));
        m.put("country", Text.oneLine(c.country()));
        m.put("court", Text.oneLine(c.court()));
        String courtName = courts.inProse(c.court());
        m.put("courtName", courtName);
        m.put("courtTitle", courtName == null ? null : courtName.substring("the ".length()));
        m.put("judge", Text.oneLine(c.judge()));
        m.put("judgeName", Background.judge(c.judge()));
        // a named detention facility says the client is detained even when the Detained line is missing
        m.put("detained", c.detained() != null ? c.detained() : (c.facility() != null ? Boolean.TRUE : null));
        m.put("facility", Text.oneLine(c.facility()));
        m.put("custody", custody(d.custody()));
        m.put("nextHearing", hearing(c.nextHearing()));
        List<ReliefWords.Item> relief = ReliefWords.of(c);
        m.put("pdTypes", relief.isEmpty() ? null : relief.stream().map(RequestModel::pdType).toList());
        if (!relief.isEmpty()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("sentence", ReliefWords.sentence(relief));
            r.put("short", ReliefWords.shortSentence(relief));
            if (shortName != null) {
                r.put("afterEnding", ReliefWords.afterEnding(c, shortName));
                r.put("consent", ReliefWords.consent(c, shortName));
            }
            m.put("relief", r);
        }
        m.put("pdRequested", Text.oneLine(c.pdRequested()));
        List<Map<String, Object>> narrative = Narrative.blocks(c.reasons(), citations);
        m.put("narrative", narrative.isEmpty() ? null : narrative);
        m.put("summary", paragraphs(d.summary(), citations));
        m.put("enforcementConcerns", paragraphs(d.enforcementConcerns(), citations));
        m.put("background", Background.sentences(c, name, honorific, courtName));
        m.put("applications", d.applications().stream().map(a -> application(a, citations)).toList());
        m.put("equities", equities(d, classifier, citations));
        m.put("criminalHistory", criminalHistory(c.criminalHistory(), citations));
        m.put("attorney", attorney(c.attorney(), citations));
        m.put("documents", c.documents().stream().map(RequestModel::document).toList());
        m.put("office", office(office));
        m.put("reference", Text.oneLine(reference));
        m.put("today", WrittenDates.date(today));
        m.put("clinic", clinic(clinic));
        return m;
    }

    /** The case's honorific, or the one the clinic's own text uses for the client. */
    static String honorific(CaseFile c, ClientName name) {
        if (c.details().names().honorific() != null) {
            return c.details().names().honorific();
        }
        String text = String.join("\n", nonNull(c.reasons(), c.details().summary(), c.details().enforcementConcerns()));
        return name.honorificIn(text);
    }

    private static Map<String, Object> hearing(Hearing h) {
        if (h == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", WrittenDates.date(h.date()));
        m.put("time", WrittenDates.time(h.time()));
        m.put("type", WrittenDates.hearingKind(h.type()));
        m.put("text", WrittenDates.hearing(h));
        return m;
    }

    private static Map<String, Object> pdType(ReliefWords.Item item) {
        return Map.of("code", item.type().name(), "label", item.phrase(), "short", item.shortName(),
                "relation", item.relation().name());
    }

    private static Map<String, Object> custody(Custody c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bondAmount", Text.oneLine(c.bondAmount()));
        m.put("releaseAddress", Text.oneLine(c.releaseAddress()));
        m.put("sponsor", Text.oneLine(c.sponsor()));
        return m;
    }

    /** Free text written out as paragraphs, each {text, cite (optional)}; null when there is none. */
    private static List<Map<String, Object>> paragraphs(String text, ExhibitCitations citations) {
        List<Map<String, Object>> blocks = Narrative.blocks(text, citations);
        return blocks.isEmpty() ? null : blocks;
    }

    private static Map<String, Object> application(Application a, ExhibitCitations citations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", Text.oneLine(a.form()));
        m.put("receiptNumber", Text.oneLine(a.receiptNumber()));
        m.put("status", Text.oneLine(a.status()));
        m.put("date", WrittenDates.date(a.date()));
        m.put("description", Text.oneLine(WrittenDates.inText(a.description())));
        String cite = citations.inline(String.join(" ", nonNull(a.form(), a.description(), a.status())));
        if (cite != null) {
            m.put("cite", cite);
        }
        return m;
    }

    private static List<Map<String, Object>> equities(CaseDetails d, FactorClassifier classifier,
                                                      ExhibitCitations citations) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, List<String>> left = new LinkedHashMap<>(d.equities());
        for (Factor f : classifier.factors()) {
            List<String> facts = left.remove(f.code());
            if (facts != null && !facts.isEmpty()) {
                out.add(equity(f.label(), facts, citations));
            }
        }
        // factors the clinic named that the factor file does not list keep the clinic's own heading
        left.forEach((code, facts) -> {
            if (!facts.isEmpty()) {
                out.add(equity(Text.oneLine(code.replace('_', ' ')), facts, citations));
            }
        });
        return out;
    }

    private static Map<String, Object> equity(String label, List<String> facts, ExhibitCitations citations) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String fact : facts) {
            blocks.addAll(Narrative.blocks(fact, citations));
        }
        return Map.of("label", label, "facts", blocks);
    }

    private static Map<String, Object> criminalHistory(CriminalHistory h, ExhibitCitations citations) {
        if (h == null || !h.isStated()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("none", h.none());
        m.put("entries", h.entries().stream().map(WrittenDates::inText).map(Text::oneLine)
                .filter(e -> e != null).toList());
        m.put("records", h.records().stream().map(r -> record(r, citations)).toList());
        m.put("mitigation", paragraphs(h.mitigation(), citations));
        return m;
    }

    private static Map<String, Object> record(CriminalRecord r, ExhibitCitations citations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", r.date() != null ? WrittenDates.date(r.date()) : Text.oneLine(WrittenDates.inText(r.dateText())));
        m.put("jurisdiction", Text.oneLine(r.jurisdiction()));
        m.put("charge", Text.oneLine(r.charge()));
        m.put("statute", Text.oneLine(r.statute()));
        m.put("disposition", Text.oneLine(WrittenDates.inText(r.disposition())));
        m.put("sentence", Text.oneLine(WrittenDates.inText(r.sentence())));
        m.put("completion", Text.oneLine(WrittenDates.inText(r.completion())));
        String exhibit = Text.oneLine(r.exhibit());
        if (exhibit != null && exhibit.matches("(?i)(?:ex\\.?|exhibit|tab)?\\s*\\d+")) {
            exhibit = "Ex. " + exhibit.replaceAll("\\D", "");
        } else if (exhibit != null) {
            String cite = citations.inline(exhibit);
            exhibit = cite == null ? exhibit : cite.replaceAll("[()]", "");
        }
        m.put("exhibit", exhibit);
        return m;
    }

    private static Map<String, Object> attorney(Attorney a, ExhibitCitations citations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Text.oneLine(a.name()));
        m.put("eoirId", Text.oneLine(a.eoirId()));
        m.put("email", Text.oneLine(a.email()));
        m.put("phone", Text.oneLine(a.phone()));
        m.put("barAdmission", Text.oneLine(a.barAdmission()));
        String eoir28 = Text.oneLine(WrittenDates.inText(a.eoir28()));
        m.put("eoir28", eoir28);
        String cite = citations.inline("EOIR-28 " + (eoir28 == null ? "" : eoir28));
        if (cite != null) {
            m.put("eoir28Cite", cite);
        }
        return m;
    }

    private static Map<String, Object> document(SupportingDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileName", Text.oneLine(d.fileName()));
        m.put("description", ExhibitCitations.description(d));
        m.put("date", WrittenDates.date(d.date()));
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

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
