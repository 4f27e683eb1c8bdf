package org.pdbot.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences of free text, for the checks that quote one ("U.S. citizen" and "Dr. Smith" do not end one). */
final class NarrativeSentences {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R|\\R(?=\\s*(?:[-*•]|\\d{1,2}[.)])\\s)");
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"'“‘(\\[])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s.", "u.s.a.", "mr.", "mrs.", "ms.", "mx.", "dr.", "st.", "jr.", "sr.", "no.", "vs.", "v.", "e.g.",
            "i.e.", "etc.", "approx.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "c.f.r.", "u.s.c.", "inc.", "co.", "corp.", "dept.", "gov.", "hon.", "ave.");

    private NarrativeSentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String p : PARAGRAPH_BREAK.split(text.strip())) {
            String paragraph = p.strip().replaceAll("\\s+", " ").replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", "");
            Matcher m = BOUNDARY.matcher(paragraph);
            int start = 0;
            while (m.find()) {
                if (paragraph.charAt(m.start()) == '.' && abbreviation(paragraph, start, m.start() + 1)) {
                    continue;
                }
                add(paragraph.substring(start, m.end()), out);
                start = m.end();
            }
            add(paragraph.substring(start), out);
        }
        return out;
    }

    private static boolean abbreviation(String p, int start, int end) {
        int wordStart = Math.max(p.lastIndexOf(' ', end - 1) + 1, start);
        String word = p.substring(wordStart, end).toLowerCase(Locale.ROOT).replaceFirst("^[\"'“‘(\\[]+", "");
        return ABBREVIATIONS.contains(word) || word.matches("\\p{L}\\.");
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
