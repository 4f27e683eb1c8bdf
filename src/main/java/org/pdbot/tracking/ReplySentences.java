package org.pdbot.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a reply into sentences: at blank lines, and after . ! ? ; before a new sentence. Wrapped lines join. */
final class ReplySentences {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BOUNDARY = Pattern.compile("([.!?;])[\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"'“‘(\\[])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "no", "nos", "st", "jr", "sr",
            "v", "vs", "e.g", "i.e", "etc", "u.s", "c.f.r", "u.s.c", "sec", "approx", "inc", "p.m", "a.m");

    private ReplySentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(text.replace("\r\n", "\n"))) {
            String p = paragraph.replaceAll("\\s+", " ").strip();
            int start = 0;
            Matcher m = BOUNDARY.matcher(p);
            while (m.find()) {
                if (m.group(1).equals(".") && abbreviation(p, start, m.start())) {
                    continue;
                }
                add(p.substring(start, m.start() + 1), out);
                start = m.end();
            }
            add(p.substring(start), out);
        }
        return out;
    }

    private static boolean abbreviation(String p, int start, int dot) {
        int i = dot;
        while (i > start && !Character.isWhitespace(p.charAt(i - 1))) {
            i--;
        }
        String word = p.substring(i, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.matches("\\p{L}") || word.matches("(\\p{L}\\.)+\\p{L}");
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
