package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.Hearing;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenDatesTest {

    @Test
    void aHearingIsWrittenWithItsTimeAndKind() {
        assertThat(WrittenDates.hearing(new Hearing(LocalDate.of(2027, 5, 20), LocalTime.of(13, 0), "INDIVIDUAL")))
                .isEqualTo("May 20, 2027, at 1:00 p.m., individual hearing");
        assertThat(WrittenDates.hearing(new Hearing(LocalDate.of(2027, 1, 9), LocalTime.of(8, 30), "Master")))
                .isEqualTo("January 9, 2027, at 8:30 a.m., master calendar hearing");
        assertThat(WrittenDates.hearing(new Hearing(LocalDate.of(2027, 1, 9), null, null))).isEqualTo("January 9, 2027");
    }

    @Test
    void numericDatesInTextAreWrittenOutAndNothingElseChanges() {
        assertThat(WrittenDates.inText("Arrested 2009-08-14 in Essex County; pleaded guilty 03/02/2010, case 10-1234."))
                .isEqualTo("Arrested August 14, 2009 in Essex County; pleaded guilty March 2, 2010, case 10-1234.");
        assertThat(WrittenDates.inText("paid $1,500 on 13/45/2010 under INA 240A")).isEqualTo("paid $1,500 on 13/45/2010 under INA 240A");
        assertThat(WrittenDates.inText("born 4/2/88")).isEqualTo("born April 2, 1988");
    }

    @Test
    void noonAndMidnightAreUnambiguous() {
        assertThat(WrittenDates.time(LocalTime.NOON)).isEqualTo("12:00 p.m.");
        assertThat(WrittenDates.time(LocalTime.MIDNIGHT)).isEqualTo("12:00 a.m.");
    }
}
