package org.pdbot.render;

import org.pdbot.casefile.SupportingDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which exhibits a passage of the letter names, so the letter can cite them ("See Ex. 3."). An exhibit is named by
 * a form number its description carries ("I-130") or by the kind of document it is ("birth certificate",
 * "tax returns"), written in the passage. Exhibits are numbered as the packet numbers them: in the order of the
 * case's documents, from 1.
 */
final class ExhibitCitations {

    private static final Pattern FORM = Pattern.compile("\\b[A-Z]{1,4}-\\d{1,4}[A-Z]?\\b");
    /** Kinds of document, singular; a passage naming one (or its plural) names the exhibit described so. */
    private static final List<String> KINDS = List.of("birth certificate", "marriage certificate", "death certificate",
            "passport", "identity document", "national id", "cedula", "tax return", "w-2", "pay stub", "paystub",
            "letter of support", "support letter", "declaration", "affidavit", "medical record", "medical letter",
            "psychological evaluation", "diagnosis", "school record", "transcript", "diploma", "report card",
            "lease", "utility bill", "police report", "police clearance", "certified disposition", "court record",
            "disposition", "certificate of completion", "treatment records", "employment letter", "employer letter",
            "receipt notice", "approval notice", "notice of action", "dd-214", "military record", "photograph",
            "photo", "fbi record", "background check", "pregnancy", "ultrasound", "baptism", "church letter");

    private record Named(int number, Set<String> keys) {
    }

    private final List<Named> exhibits = new ArrayList<>();

    ExhibitCitations(List<SupportingDocument> documents) {
        for (int i = 0; i < documents.size(); i++) {
            exhibits.add(new Named(i + 1, keys(description(documents.get(i)))));
        }
    }

    static ExhibitCitations none() {
        return new ExhibitCitations(List.of());
    }

    /** "See Ex. 3." or "See Exs. 2, 5." for what {@code passage} names; null when it names none. */
    String cite(String passage) {
        Set<Integer> cited = numbers(passage);
        if (cited.isEmpty()) {
            return null;
        }
        List<String> numbers = cited.stream().map(String::valueOf).toList();
        return (numbers.size() == 1 ? "See Ex. " : "See Exs. ") + String.join(", ", numbers) + ".";
    }

    /** "(Ex. 3)" for a line of a table or list; null when it names none. */
    String inline(String passage) {
        Set<Integer> cited = numbers(passage);
        if (cited.isEmpty()) {
            return null;
        }
        return (cited.size() == 1 ? "(Ex. " : "(Exs. ") + String.join(", ", cited.stream().map(String::valueOf).toList())
                + ")";
    }

    private Set<Integer> numbers(String passage) {
        Set<Integer> cited = new TreeSet<>();
        if (passage == null || exhibits.isEmpty()) {
            return cited;
        }
        Set<String> named = keys(passage);
        for (Named e : exhibits) {
            if (e.keys().stream().anyMatch(named::contains)) {
                cited.add(e.number());
            }
        }
        return cited;
    }

    /** The description the exhibit index shows: the intake's title, else the file name made readable. */
    static String description(SupportingDocument d) {
        String title = Text.oneLine(d.title());
        if (title != null) {
            return title;
        }
        String name = Text.oneLine(d.fileName());
        if (name == null) {
            return "Document";
        }
        String base = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[_+]+|(?<=[a-z])-(?=[a-z])", " ")
                .replaceAll("\\s+", " ").strip();
        if (base.isEmpty()) {
            return name;
        }
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher form = FORM.matcher(text);
        while (form.find()) {
            keys.add(form.group().toUpperCase(Locale.ROOT));
        }
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d-]+", " ") + " ";
        for (String kind : KINDS) {
            if (lower.contains(" " + kind + " ") || lower.contains(" " + kind + "s ")) {
                keys.add(kind);
            }
        }
        return keys;
    }
}
