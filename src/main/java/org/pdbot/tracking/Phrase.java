package org.pdbot.tracking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One phrase of the reply rules: case-insensitive, whole words, a trailing {@code *} lets the last word run on.
 * Text and phrase are normalised alike (curly quotes, runs of spaces, contractions written out), so
 * "won't oppose" and "will not oppose" are the same phrase.
 */
record Phrase(String written, Pattern pattern) {

    /** Contractions written out, in this order: the named ones before the general "n't". */
    private static final List<Map.Entry<Pattern, String>> CONTRACTIONS = List.of(
            Map.entry(Pattern.compile("\\bi'm\\b"), "i am"),
            Map.entry(Pattern.compile("\\bwon't\\b"), "will not"),
            Map.entry(Pattern.compile("\\bcan't\\b|\\bcannot\\b"), "can not"),
            Map.entry(Pattern.compile("\\bshan't\\b"), "shall not"),
            Map.entry(Pattern.compile("(?<=\\p{L})n't\\b"), " not"));
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static Phrase of(String written) {
        String p = normalize(written);
        boolean prefix = p.endsWith("*");
        if (prefix) {
            p = p.substring(0, p.length() - 1).strip();
        }
        if (p.isEmpty() || p.contains("*")) {
            throw new IllegalArgumentException(p.isEmpty() ? "a phrase is empty"
                    : "phrase '" + written + "' has a * that does not end it (only a trailing * is allowed)");
        }
        String body = Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
        return new Phrase(written, Pattern.compile("(?<![\\p{L}\\d])" + body + (prefix ? "" : "(?![\\p{L}\\d])")));
    }

    boolean foundIn(String normalizedText) {
        return pattern.matcher(normalizedText).find();
    }

    static String normalize(String s) {
        String out = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ');
        for (Map.Entry<Pattern, String> contraction : CONTRACTIONS) {
            out = contraction.getKey().matcher(out).replaceAll(contraction.getValue());
        }
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }
}
