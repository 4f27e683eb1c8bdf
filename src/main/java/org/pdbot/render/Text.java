package org.pdbot.render;

import java.util.regex.Pattern;

/** Small text clean-ups for values going into templates and mail headers. */
final class Text {

    /** Control characters, line and paragraph separators: anything that could break a header line. */
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");
    /** Bidirectional overrides and isolates, which can make a subject read differently than it is. */
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final int MAX_SUBJECT_LENGTH = 250;

    private Text() {
    }

    /** The value on one line with single spaces; null when there is nothing left. */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String out = WHITESPACE.matcher(BIDI.matcher(LINE_BREAKING.matcher(s).replaceAll(" ")).replaceAll(""))
                .replaceAll(" ").strip();
        return out.isEmpty() ? null : out;
    }

    /** A mail subject: one line, no control characters, at most {@value #MAX_SUBJECT_LENGTH} characters. */
    static String subject(String rendered) {
        String s = oneLine(rendered);
        if (s == null) {
            return "";
        }
        if (s.length() <= MAX_SUBJECT_LENGTH) {
            return s;
        }
        int cut = MAX_SUBJECT_LENGTH - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }
}
