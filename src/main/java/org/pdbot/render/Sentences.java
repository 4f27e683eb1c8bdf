package org.pdbot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits free text (the reasons of a request) into paragraphs and sentences. */
final class Sentences {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    /** End punctuation, optional closing quote or bracket, then space and what can start a sentence. */
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"'“‘(\\[])");
    /** Words ending in a period that do not end a sentence ("U.S. citizen", "Dr. Smith"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s.", "u.s.a.", "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "no.", "vs.", "v.", "e.g.",
            "i.e.", "etc.", "approx.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "c.f.r.", "u.s.c.", "inc.", "co.", "corp.", "dept.", "gov.", "hon.");

    private Sentences() {
    }

    /** Non-blank paragraphs, each on one line (line breaks inside a paragraph become spaces). */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String p : PARAGRAPH_BREAK.split(text.strip())) {
            String joined = p.strip().replaceAll("\\s+", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    /** The sentences of all paragraphs, in order. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            splitParagraph(paragraph, out);
        }
        return out;
    }

    private static void splitParagraph(String p, List<String> out) {
        Matcher m = BOUNDARY.matcher(p);
        int start = 0;
        while (m.find()) {
            int end = m.start() + 1;
            if (p.charAt(m.start()) == '.' && endsWithAbbreviation(p, start, end)) {
                continue;
            }
            int cut = m.end();
            add(p.substring(start, cut), out);
            start = cut;
        }
        add(p.substring(start), out);
    }

    private static boolean endsWithAbbreviation(String p, int start, int end) {
        int wordStart = p.lastIndexOf(' ', end - 1) + 1;
        String word = p.substring(Math.max(wordStart, start), end).toLowerCase();
        word = word.replaceFirst("^[\"'“‘(\\[]+", "");
        // a lone initial ("John F. Kennedy") is not a sentence end
        return ABBREVIATIONS.contains(word) || word.matches("\\p{L}\\.");
    }

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
