package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PD request's words say besides the types: the amount a bond phrase carries, the relief a stipulation
 * names, and the parts that name no PD type at all (reported, never dropped).
 */
final class PdDetails {

    record Span(PdType type, int start, int end) {
    }

    private static final Pattern PIECE_END = Pattern.compile(
            "[;\\n]|(?<!\\b\\p{Lu})(?<!\\b(?:Mr|Ms|Mx|Dr|St|No|Jr|Sr|Mrs|Hon|Sec|Sen|Rep))\\.(?=\\s+\\p{Lu}|\\s*$)");
    private static final Pattern MONEY = Pattern.compile(
            "(?:US\\s?)?\\$\\s?\\d[\\d,]*(?:\\.\\d{2})?|\\b\\d[\\d,]*(?:\\.\\d{2})?\\s*(?:dollars|usd)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CITATION = Pattern.compile(
            "(?:\\b(?:INA|I\\.N\\.A\\.|8\\s*C\\.?\\s?F\\.?\\s?R\\.?|8\\s*U\\.?\\s?S\\.?\\s?C\\.?)|§+)\\s*(?:§+\\s*)?"
                    + "(?:sec(?:tion)?\\.?\\s*)?[\\w.]+(?:\\([\\w]+\\))*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELIEF_NOUN = Pattern.compile(
            "\\b(?:eligibility\\s+for\\s+)?(?:(?:a\\s+)?grant\\s+of\\s+)?(relief|cancellation|asylum|withholding|adjustment"
                    + "|eligib\\w*|grant\\w*|issues?|facts?|charges?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Words that frame a request but are not one: "we respectfully ask that OPLA agree to …". */
    private static final Set<String> FRAMING = Set.copyOf(List.of(
            "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "then", "if", "not", "that", "this",
            "these", "those", "which", "who", "with", "by", "as", "at", "be", "is", "are", "was", "will", "would",
            "could", "should", "may", "can", "please", "kindly", "we", "i", "us", "our", "my", "you", "your",
            "ask", "asks", "asking", "request", "requests", "requested", "requesting", "respectfully", "hereby",
            "seek", "seeks", "seeking", "opla", "dhs", "ice", "government", "department", "counsel", "office",
            "chief", "attorney", "agree", "agrees", "agreeing", "agreement", "consent", "consents", "consider",
            "join", "joins", "joining", "joint", "jointly", "motion", "motions", "move", "moving", "file", "filing",
            "support", "supporting", "stipulate", "stipulation", "alternative", "alternatively", "failing",
            "otherwise", "instead", "lieu", "fallback", "followed", "upon", "once", "after", "afterwards",
            "thereafter", "subsequently", "so", "order", "also", "plus", "well", "together", "along", "next",
            "prefer", "prefers", "preferred", "decline", "declines", "refuse", "refuses", "willing", "possible",
            "appropriate", "instance", "first", "second", "third", "primarily", "mainly", "least", "minimum",
            "client", "client's", "respondent", "respondent's", "his", "her", "their", "its", "he", "she", "they",
            "him", "them", "case", "cases", "proceeding", "proceedings", "matter", "without", "prejudice", "under",
            "pursuant", "immigration", "judge", "judge's", "ij", "ij's", "court", "court's", "decision", "grant",
            "reopening", "reopened", "reopen", "no", "any", "all", "both", "either", "neither", "same", "time",
            "it", "do", "does", "did", "have", "has", "had", "from", "into", "so", "now", "soon", "possible",
            "pd", "prosecutorial", "discretion", "favorable", "favourable", "exercise", "exercising", "form",
            "hearing", "hearings", "individual", "master", "calendar", "merits", "bond", "months", "month",
            "weeks", "week", "days", "day", "years", "year", "period", "additional", "further", "date", "dates",
            "before", "filed", "until", "favorable", "non-opposition", "nonopposition", "opposition", "oppose", "unopposed", "absentia", "removal",
            "deportation", "prior", "relief", "other", "such", "like", "amount", "amounts", "reasonable", "lower", "set", "new", "also"));

    /** "so that she can adjust status before USCIS": why, not what; the reason a dismissal is asked for. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?:^|(?<=[\\s,;:–—-]))(?:so\\s+(?:that\\s+)?|in\\s+order\\s+(?:for\\s+\\S+\\s+)?to\\s+|to\\s+(?:allow|permit|enable|let)\\s+"
                    + "|for\\s+(?:her|him|them|the\\s+client|my\\s+client|our\\s+client)\\s+to\\s+"
                    + "|which\\s+would\\s+allow\\s+|to\\s+pursue\\s+|to\\s+seek\\s+|to\\s+apply\\s+)",
            Pattern.CASE_INSENSITIVE);

    /** "because she has an approved I-130": a reason given for the request, not a request. */
    private static final Pattern REASON = Pattern.compile(
            "(?:^|(?<=[\\s,;:–—-]))(?:because|since\\s+(?:she|he|they|the|her|his|my|our)|given\\s+that|as\\s+(?:she|he|they)"
                    + "|in\\s+light\\s+of|due\\s+to|while|until|during|pending\\s+(?:the\\s+)?(?:adjudication|decision|outcome"
                    + "|resolution|approval|review|processing|her|his|their|a|an))\\b", Pattern.CASE_INSENSITIVE);

    private final List<String> unread = new ArrayList<>();
    private String purpose;
    private String bondAmount;
    private String reliefSought;

    private PdDetails() {
    }

    static PdDetails of(String text, List<Span> spans) {
        PdDetails d = new PdDetails();
        int from = 0;
        Span before = null;
        for (int i = 0; i <= spans.size(); i++) {
            Span next = i < spans.size() ? spans.get(i) : null;
            int to = next == null ? text.length() : next.start();
            if (next != null && next.start() < from) {
                continue;
            }
            d.between(text, from, to, before);
            if (next != null) {
                d.within(text, next);
                from = next.end();
                before = next;
            }
        }
        return d;
    }

    List<String> unread() {
        return List.copyOf(unread);
    }

    /** Why a dismissal or closure is asked for, when the request's words say so ("so she can adjust status"). */
    String purpose() {
        return purpose;
    }

    private static final java.util.Set<PdType> ENDS_THE_CASE = java.util.Set.of(PdType.DISMISS, PdType.TERMINATE,
            PdType.RECALENDAR_TERMINATE, PdType.ADMIN_CLOSE);

    String bondAmount() {
        return bondAmount;
    }

    String reliefSought() {
        return reliefSought;
    }

    /** The words between two PD phrases: first the detail the phrase before runs on with, then unread pieces. */
    private void between(String text, int from, int to, Span before) {
        String gap = text.substring(from, to);
        Matcher end = PIECE_END.matcher(gap);
        int firstEnd = end.find() ? end.start() : gap.length();
        String runOn = gap.substring(0, firstEnd);
        if (before != null && before.type() == PdType.STIP_BOND && bondAmount == null) {
            Matcher money = MONEY.matcher(runOn);
            if (money.find()) {
                bondAmount = money.group().strip();
                runOn = runOn.substring(money.end());
            }
        }
        if (before != null && before.type() == PdType.STIP_RELIEF && reliefSought == null) {
            String relief = reliefFrom(text.substring(before.start(), before.end()), cutAtJoin(runOn));
            if (relief != null) {
                reliefSought = relief;
                runOn = runOn.substring(cutAtJoin(runOn).length());
            }
        }
        List<String> pieces = new ArrayList<>();
        pieces.add(runOn);
        for (String piece : PIECE_END.split(gap.substring(firstEnd))) {
            pieces.add(piece);
        }
        for (String piece : pieces) {
            Matcher why = PURPOSE.matcher(piece);
            if (why.find()) {
                if (purpose == null && before != null && ENDS_THE_CASE.contains(before.type())) {
                    purpose = piece.substring(why.start()).replaceAll("\\s+", " ").replaceAll("[\\s,;:.]+$", "");
                }
                piece = piece.substring(0, why.start());
            }
            Matcher reason = REASON.matcher(piece);
            if (reason.find()) {
                piece = piece.substring(0, reason.start());
            }
            String cleaned = clean(piece);
            if (!cleaned.isEmpty()) {
                unread.add(cleaned);
            }
        }
    }

    /** A bond phrase that itself holds the amount ("bond of $1,500"). */
    private void within(String text, Span span) {
        if (span.type() == PdType.STIP_BOND && bondAmount == null) {
            Matcher money = MONEY.matcher(text.substring(span.start(), span.end()));
            if (money.find()) {
                bondAmount = money.group().strip();
            }
        }
    }

    /** "cancellation" + " of removal under INA 240A(b)(1)": the relief named, unless it is only "relief". */
    private static String reliefFrom(String phrase, String runOn) {
        Matcher noun = RELIEF_NOUN.matcher(phrase);
        String start = noun.find() ? phrase.substring(noun.start()) : "";
        String relief = (start + runOn).replaceAll("\\s+", " ").replaceAll("[\\s,:–—-]+$", "").strip();
        String bare = relief.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
        if (relief.isEmpty() || Set.of("relief", "eligibility", "eligibility for relief", "issues", "facts",
                "charges", "a grant", "grant", "grant of relief", "a grant of relief").contains(bare)) {
            return null;
        }
        return relief;
    }

    /** The run-on of a phrase up to a joining word that starts something else (", and waive", " or"). */
    private static String cutAtJoin(String runOn) {
        Matcher join = Pattern.compile("\\s*,?\\s+(?:and|or|then|but|if)\\b|,\\s*(?=\\p{L})(?!\\s*(?:INA|8\\s))",
                Pattern.CASE_INSENSITIVE).matcher(runOn);
        return join.find() ? runOn.substring(0, join.start()) : runOn;
    }

    /** A piece with its framing words stripped from both ends; empty when nothing but framing is left. */
    private static String clean(String piece) {
        String noCitations = CITATION.matcher(piece).replaceAll(" ");
        Matcher w = WORD.matcher(noCitations);
        boolean content = false;
        while (w.find()) {
            if (!FRAMING.contains(w.group().toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("'s$", ""))) {
                content = true;
                break;
            }
        }
        if (!content) {
            return "";
        }
        return trimFraming(piece.replaceAll("\\s+", " ").strip());
    }

    /** "; in the alternative, deferred action" → "deferred action". */
    private static String trimFraming(String piece) {
        String[] words = piece.split(" ");
        int first = 0;
        int last = words.length - 1;
        while (first <= last && isFraming(words[first])) {
            first++;
        }
        while (last >= first && TRAILING.contains(words[last].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            last--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            out.append(i > first ? " " : "").append(words[i]);
        }
        return out.toString().replaceAll("^[\\p{Punct}\\s]+|[,;:\\s]+$", "").strip();
    }

    private static final Set<String> TRAILING = Set.of("", "please", "kindly", "thanks", "thank", "you", "if",
            "possible", "and", "or", "then", "the", "a", "an", "to");

    private static boolean isFraming(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "").replaceFirst("['’]s$", "");
        return w.isEmpty() || FRAMING.contains(w);
    }
}
