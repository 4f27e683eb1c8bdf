package org.pdbot.render;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter's line breaker: Unicode line breaking, except inside the tokens a reader must see whole on one line —
 * written dates ("November 3, 1979"), times ("1:00 p.m."), A-numbers, form numbers ("I-601A", "EOIR-28"),
 * citations ("8 C.F.R. § 1239.2(c)", "INA § 240A(b)(1)") and amounts ("$1,500"). The text itself is left as it is,
 * so it copies, searches and extracts as written.
 */
final class KeepTogetherBreaker implements FSTextBreaker {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern TOKEN = Pattern.compile(
            "\\b(?:" + MONTHS + ") \\d{1,2}, \\d{4}"
                    + "|\\b\\d{1,2}:\\d{2} [ap]\\.m\\."
                    + "|\\bA ?\\d{3}-\\d{3}-\\d{3}\\b"
                    + "|\\b[A-Z]{1,4}-\\d{1,4}[A-Z]{0,2}\\b"
                    + "|\\b(?:\\d+ C\\.F\\.R\\.|INA|U\\.S\\.C\\.)? ?§§? ?[\\w.]*\\w(?:\\([\\w]+\\))*"
                    + "|\\$\\d[\\d,]*(?:\\.\\d{2})?");

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.US);
    private final List<int[]> kept = new ArrayList<>();

    @Override
    public void setText(String text) {
        lines.setText(text);
        kept.clear();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            kept.add(new int[] {m.start(), m.end()});
        }
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && insideAToken(at)) {
            at = lines.next();
        }
        return at;
    }

    private boolean insideAToken(int offset) {
        for (int[] range : kept) {
            if (range[0] < offset && offset < range[1]) {
                return true;
            }
        }
        return false;
    }
}
