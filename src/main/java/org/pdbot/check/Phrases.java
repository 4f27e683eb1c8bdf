package org.pdbot.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases from a config file matched as whole words, ignoring case; a trailing {@code *} lets the last word
 * run on ("arrest*" matches arrested, arrests). Spaces in a phrase match any run of spaces.
 */
final class Phrases {

    /** Where a phrase was found in the text given. */
    record Match(String phrase, int start, int end) {
    }

    private final List<String> phrases;
    private final List<Pattern> patterns;

    Phrases(List<String> phrases) {
        this.phrases = phrases == null ? List.of() : List.copyOf(phrases);
        this.patterns = this.phrases.stream().map(Phrases::compile).toList();
    }

    boolean foundIn(String text) {
        return text != null && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Every match in {@code text}, in order of position. */
    List<Match> all(String text) {
        List<Match> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                out.add(new Match(phrases.get(i), m.start(), m.end()));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return out;
    }

    static Pattern compile(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        boolean prefix = p.endsWith("*");
        if (prefix) {
            p = p.substring(0, p.length() - 1).strip();
        }
        String body = Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q");
        return Pattern.compile("(?<![\\p{L}\\d])" + body + (prefix ? "" : "(?![\\p{L}\\d])"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
