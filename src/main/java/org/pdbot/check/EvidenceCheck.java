package org.pdbot.check;

import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.Application;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.SupportingDocument;

/**
 * Claims the narrative makes that no attached document seems to show: family ties but no birth or marriage
 * certificate, a medical condition but no medical record. The claims and documents are in
 * {@code config/compliance.yaml} ({@code evidence}); a document counts by its title or its file name.
 */
final class EvidenceCheck {

    private record Rule(RulesFileReader.Evidence evidence, Phrases claim, Phrases documents) {
    }

    private final List<Rule> rules;

    EvidenceCheck(List<RulesFileReader.Evidence> evidence) {
        this.rules = evidence.stream().map(e -> new Rule(e, new Phrases(e.phrases()), new Phrases(e.documents())))
                .toList();
    }

    /** The claims made without a document that seems to show them, in the file's order. */
    List<RulesFileReader.Evidence> missing(CaseFile c) {
        String narrative = narrative(c);
        List<String> documents = c.documents().stream().map(EvidenceCheck::described).toList();
        List<RulesFileReader.Evidence> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.claim().foundIn(narrative) && documents.stream().noneMatch(rule.documents()::foundIn)) {
                out.add(rule.evidence());
            }
        }
        return out;
    }

    /** "birth_cert-Ana.pdf" reads as "birth cert Ana pdf", with the title before it. */
    private static String described(SupportingDocument d) {
        String name = d.fileName() == null ? "" : d.fileName().replaceAll("[_.+]+", " ").replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
        // both with and without hyphens: "birth-certificate" is a birth certificate, "I-797" stays a form number
        return (d.title() == null ? "" : d.title() + " ") + name + " " + name.replace('-', ' ');
    }

    private static String narrative(CaseFile c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.reasons());
        parts.add(c.details().summary());
        c.details().equities().values().forEach(parts::addAll);
        for (Application a : c.details().applications()) {
            parts.add(a.form());
        }
        return String.join("\n\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }
}
