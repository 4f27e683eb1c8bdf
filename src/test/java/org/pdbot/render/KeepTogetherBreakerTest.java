package org.pdbot.render;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeepTogetherBreakerTest {

    private static List<Integer> breaks(String text) {
        KeepTogetherBreaker breaker = new KeepTogetherBreaker();
        breaker.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            out.add(b);
        }
        return out;
    }

    private static void assertNoBreakInside(String text, String token) {
        int start = text.indexOf(token);
        assertThat(breaks(text)).as(token).noneMatch(b -> b > start && b < start + token.length());
    }

    @Test
    void datesTimesANumbersFormNumbersAndCitationsStayWhole() {
        String text = "On November 3, 1979, at 1:00 p.m., A201-555-002 filed an I-601A and an EOIR-28 under "
                + "8 C.F.R. § 1239.2(c) and INA § 240A(b)(1) with a $1,500 bond.";
        for (String token : List.of("November 3, 1979", "1:00 p.m.", "A201-555-002", "I-601A", "EOIR-28",
                "8 C.F.R. § 1239.2(c)", "INA § 240A(b)(1)", "$1,500")) {
            assertNoBreakInside(text, token);
        }
    }

    @Test
    void ordinaryWordsStillBreak() {
        String text = "He has lived in Paterson for twenty years.";
        assertThat(breaks(text)).contains(text.indexOf("lived"), text.indexOf("Paterson"), text.length());
    }
}
