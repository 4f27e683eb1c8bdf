package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the kinds of prosecutorial discretion a person asked for, from codes or from their own words. */
public final class PdTypes {

    private record Rule(PdType type, Pattern pattern) {
    }

    private record Hit(PdType type, int start, int end) {
        int length() {
            return end - start;
        }

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private static final String ARTICLE = "(?:(?:the|a|an|my|our|his|her|their|this|its|client's)\\s+)?";
    private static final String NTA = "(?:nta|notice\\s+to\\s+appear)";

    private static final List<Rule> RULES = List.of(
            rule(PdType.RECALENDAR_TERMINATE, "re-?calendar\\w*(?:\\s+(?:and|&)\\s+(?:terminat|dismiss)\\w*)?"),
            rule(PdType.JOIN_MTR, "jmtr\\b|(?:join\\w*\\s+(?:in\\s+)?" + ARTICLE + "(?:joint\\s+)?)?motions?\\s+to\\s+reopen"),
            rule(PdType.ADMIN_CLOSE, "admin\\w*\\.?\\s+clos\\w*"),
            rule(PdType.DISMISS, "dismiss\\w*"),
            rule(PdType.TERMINATE, "terminat\\w*"),
            rule(PdType.CONTINUANCE, "continuances?\\b|continu(?:e|ing)\\s+(?:\\S+\\s+){0,3}?(?:hearing|case)s?\\b"),
            rule(PdType.STIP_BOND, "stipulat\\w*\\s+(?:\\S+\\s+){0,3}?bond\\b|bond\\s+(?:reduction|redetermination)"
                    + "|(?:reduc\\w*|lower\\w*)\\s+" + ARTICLE + "bond\\b"),
            rule(PdType.STIP_RELIEF, "stipulat\\w*\\s+(?:\\S+\\s+){0,3}?"
                    + "(?:relief|cancellation|asylum|withholding|adjustment|eligib\\w*|grant\\w*|issues?|facts?|charges?)"),
            rule(PdType.NO_APPEAL, "waiv\\w*\\s+" + ARTICLE + "(?:right\\s+to\\s+)?appeal|waiver\\s+of\\s+appeal"
                    + "|(?:not|never|decline\\w*)\\s+(?:to\\s+)?appeal|(?:no|forgo)\\s+" + ARTICLE + "appeal"),
            rule(PdType.NO_NTA, "(?:not|decline\\w*\\s+to|refrain\\w*\\s+from)\\s+(?:to\\s+)?"
                    + "(?:file|filing|issue|issuing|serve|serving)\\s+" + ARTICLE + NTA
                    + "|cancel\\w*\\s+(?:of\\s+)?" + ARTICLE + NTA + "|no\\s+" + NTA));

    private static final List<Rule> CODES = codeRules();

    private PdTypes() {
    }

    /**
     * The codes in {@code text}, in the order they are first mentioned, without duplicates. Accepts the codes
     * themselves ({@code DISMISS, ADMIN_CLOSE}) and the ways people write them ("joint motion to dismiss; in
     * the alternative, administrative closure"). Text that names none of them gives {@code [OTHER]}; blank
     * text gives an empty list.
     */
    public static List<PdType> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : CODES) {
            collect(rule, text, hits);
        }
        for (Rule rule : RULES) {
            collect(rule, text, hits);
        }
        // The longest phrase wins where two overlap: "recalendar and terminate" is not also TERMINATE.
        hits.sort(Comparator.comparingInt(Hit::length).reversed());
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : hits) {
            if (kept.stream().noneMatch(hit::overlaps)) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        LinkedHashSet<PdType> types = new LinkedHashSet<>();
        kept.forEach(hit -> types.add(hit.type()));
        return types.isEmpty() ? List.of(PdType.OTHER) : List.copyOf(types);
    }

    private static void collect(Rule rule, String text, List<Hit> hits) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
            hits.add(new Hit(rule.type(), m.start(), m.end()));
        }
    }

    private static Rule rule(PdType type, String regex) {
        return new Rule(type, Pattern.compile("\\b(?:" + regex + ")", Pattern.CASE_INSENSITIVE));
    }

    private static List<Rule> codeRules() {
        List<Rule> rules = new ArrayList<>();
        for (PdType type : PdType.values()) {
            // "other" is an everyday word, so OTHER counts only when written as the code.
            int flags = type == PdType.OTHER ? 0 : Pattern.CASE_INSENSITIVE;
            rules.add(new Rule(type, Pattern.compile("\\b" + type.name() + "\\b", flags)));
        }
        return rules;
    }
}
