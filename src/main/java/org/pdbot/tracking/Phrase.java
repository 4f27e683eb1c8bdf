package org.pdbot.tracking;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One phrase of the reply rules: case-insensitive, whole words, a trailing {@code *} lets the last word run on.
 * Text and phrase are normalised alike (curly quotes, runs of spaces, contractions written out), so
 * "won't oppose" and "will not oppose" are the same phrase.
 */
record Phrase(String written, Pattern pattern) {

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
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ')
                .replaceAll("\\bi'm\\b", "i am")
                .replaceAll("\\bwon't\\b", "will not")
                .replaceAll("\\bcan't\\b|\\bcannot\\b", "can not")
                .replaceAll("\\bshan't\\b", "shall not")
                .replaceAll("(?<=\\p{L})n't\\b", " not")
                .replaceAll("\\s+", " ").strip();
    }
}
