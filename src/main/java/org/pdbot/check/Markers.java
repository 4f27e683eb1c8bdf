package org.pdbot.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Form names such as "EOIR-28" found in free text or a file name, ignoring case and a space, dash, dot or
 * underscore between their parts: "EOIR-28" also matches "eoir 28", "EOIR28" and "eoir_28.pdf".
 */
final class Markers {

    private final List<Pattern> patterns;

    Markers(List<String> markers) {
        this.patterns = markers.stream().map(Markers::compile).toList();
    }

    boolean foundIn(String text) {
        return text != null && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static Pattern compile(String marker) {
        String body = Arrays.stream(marker.strip().split("[^\\p{L}\\d]+")).filter(s -> !s.isEmpty())
                .map(Pattern::quote).collect(Collectors.joining("[\\s._-]?"));
        return Pattern.compile("(?<![\\p{L}\\d])" + body + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
