package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the kinds of prosecutorial discretion a person asked for, from codes or from their own words. */
final class PdTypes {

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
    /**
     * Up to three words between a verb and its object that are not a joining word or another request's noun: in
     * "stipulate to relief and bond" the bond is a request of its own, not the object of "stipulate … bond".
     */
    private static final String GAP = "(?:(?!(?:and|or|then|bond|relief|but|if|failing)\\b)\\S+\\s+){0,3}?";
    private static final String NTA = "(?:nta|notice\\s+to\\s+appear)";

    private static final List<Rule> RULES = List.of(
            rule(PdType.RECALENDAR_TERMINATE, "re-?calendar\\w*(?:\\s+(?:and|&)\\s+(?:terminat|dismiss)\\w*)?"),
            rule(PdType.JOIN_MTR, "jmtr\\b|(?:join\\w*\\s+(?:in\\s+)?" + ARTICLE + "(?:joint\\s+)?)?motions?\\s+to\\s+reopen"
                    + "|(?:agree\\w*|consent\\w*|join\\w*|not\\s+oppos\\w*|non-?opposition)\\s+(?:to\\s+|in\\s+)?"
                    + ARTICLE + "reopen\\w*"),
            rule(PdType.ADMIN_CLOSE, "admin\\w*\\.?\\s+clos\\w*"),
            rule(PdType.DISMISS, "dismiss\\w*"),
            rule(PdType.TERMINATE, "terminat\\w*"),
            rule(PdType.CONTINUANCE, "continuances?\\b|continu(?:e|ing)\\s+" + GAP + "(?:hearing|case)s?\\b"),
            rule(PdType.STIP_BOND, "stipulat\\w*\\s+" + GAP + "bond\\b|bond\\s+(?:reduction|redetermination)"
                    + "|(?:reduc\\w*|lower\\w*)\\s+" + ARTICLE + "bond\\b"
                    + "|(?:agree\\w*|consent\\w*)\\s+to\\s+" + ARTICLE + "(?:\\S+\\s+){0,2}?bond\\b"
                    + "|release\\w*\\s+on\\s+(?:a\\s+)?(?:\\$[\\d,.]+\\s+)?bond\\b"
                    + "|bond\\s+(?:of|in\\s+the\\s+amount\\s+of|set\\s+at)\\s+(?:\\$|usd)"),
            rule(PdType.STIP_RELIEF, "stipulat\\w*\\s+that\\s+(?:(?!and\\b|or\\b)\\S+\\s+){0,6}?(?:eligib\\w*|prima\\s+facie|qualif\\w*)"
                    + "|stipulat\\w*\\s+" + GAP
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
     * A PD request read from the sender's words: the types in order, how each stands to the one before it, the
     * parts that named no type, and the details a type's own phrase carries.
     *
     * @param bondAmount   the amount a bond phrase names ("stipulate to bond of $1,500"), or null
     * @param reliefSought the relief (and statute) a stipulation phrase names ("cancellation of removal under INA
     *                     240A(b)(1)"), or null
     * @param purpose      why a dismissal, termination or closure is asked for, as written after it ("so that she
     *                     can adjust status before USCIS"), or null
     */
    public record Reading(List<PdType> types, List<PdRelation> relations, List<String> unread, String bondAmount,
                          String reliefSought, String purpose) {

        public static final Reading NONE = new Reading(List.of(), List.of(), List.of(), null, null, null);

        public Reading {
            types = List.copyOf(types);
            relations = List.copyOf(relations);
            unread = List.copyOf(unread);
        }
    }

    /**
     * The codes in {@code text}, in the order they are first mentioned, without duplicates. Accepts the codes
     * themselves ({@code DISMISS, ADMIN_CLOSE}) and the ways people write them ("joint motion to dismiss; in
     * the alternative, administrative closure"). Text that names none of them gives {@code [OTHER]}; blank
     * text gives an empty list.
     */
    public static List<PdType> parse(String text) {
        return read(text).types();
    }

    /** As {@link #parse}, with relations, unread parts and details; {@link Reading#NONE} for blank text. */
    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.NONE;
        }
        List<Hit> kept = hits(text);
        List<PdType> types = new ArrayList<>();
        List<PdRelation> relations = new ArrayList<>();
        int lastNewEnd = -1;
        for (Hit hit : kept) {
            if (types.contains(hit.type())) {
                continue;
            }
            relations.add(types.isEmpty() ? PdRelation.PRIMARY
                    : PdRelations.between(text.substring(lastNewEnd, hit.start()), types.get(types.size() - 1), hit.type()));
            types.add(hit.type());
            lastNewEnd = hit.end();
        }
        PdDetails details = PdDetails.of(text, kept.stream().map(h -> new PdDetails.Span(h.type(), h.start(), h.end()))
                .toList());
        if (types.isEmpty()) {
            return new Reading(List.of(PdType.OTHER), List.of(PdRelation.PRIMARY), details.unread(), null, null, null);
        }
        return new Reading(types, relations, details.unread(), details.bondAmount(), details.reliefSought(),
                details.purpose());
    }

    private static List<Hit> hits(String text) {
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
        return withSharedVerb(text, kept);
    }

    /** "stipulate to bond and relief", "stipulation to cancellation and to a bond": one verb, two requests. */
    private static List<Hit> withSharedVerb(String text, List<Hit> kept) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Hit hit = kept.get(i);
            out.add(hit);
            if (hit.type() != PdType.STIP_BOND && hit.type() != PdType.STIP_RELIEF) {
                continue;
            }
            int limit = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
            Matcher m = SHARED_VERB_OBJECT.matcher(text).region(hit.end(), limit);
            if (m.lookingAt()) {
                // the stipulation's own object may run on ("cancellation of removal") before the second one
                PdType second = m.group(1).equalsIgnoreCase("bond") ? PdType.STIP_BOND : PdType.STIP_RELIEF;
                if (second != hit.type()) {
                    out.add(new Hit(second, m.start(1), m.end(1)));
                }
            }
        }
        return out;
    }

    private static final Pattern SHARED_VERB_OBJECT = Pattern.compile(
            "(?:\\s+(?!and\\b|or\\b)[\\w()§.'-]+){0,6}?\\s*(?:,\\s*)?(?:and|or|&|as\\s+well\\s+as|plus)\\s+(?:to\\s+)?"
                    + "(?:(?:a|an|the|her|his|their)\\s+)?(?:eligibility\\s+for\\s+)?"
                    + "(bond|relief|cancellation|asylum|withholding|adjustment)\\b", Pattern.CASE_INSENSITIVE);

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
