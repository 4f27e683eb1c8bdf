package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseDatesTest {

    private static final LocalDate APRIL_2_1988 = LocalDate.of(1988, 4, 2);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"04/02/1988", "4/2/1988", "April 2, 1988", "Apr. 2, 1988", "Apr 2 1988",
            "april 2nd, 1988", "2 April 1988", "1988-04-02", "04-02-1988", " Saturday, April 2, 1988 "})
    void everyWrittenFormIsTheSameDay(String text) {
        assertThat(CaseDates.parseDate(text)).contains(APRIL_2_1988);
    }

    @Test
    void numericDatesAreMonthFirst() {
        assertThat(CaseDates.parseDate("03/04/1990")).contains(LocalDate.of(1990, 3, 4));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"31/31/1990", "02/30/1990", "13/01/1990", "Apry 2, 1988", "next spring", "1988",
            "4/2/88", "04/02/1988 and more", " "})
    void anythingElseIsNotADate(String text) {
        assertThat(CaseDates.parseDate(text)).isEmpty();
    }

    @Test
    void aHearingMayBeJustADate() {
        assertThat(CaseDates.parseHearing("03/15/2027")).contains(new Hearing(LocalDate.of(2027, 3, 15), null, null));
    }

    @Test
    void aHearingCarriesItsTime() {
        assertThat(CaseDates.parseHearing("March 15, 2027 at 9:00 AM"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0), null));
        assertThat(CaseDates.parseHearing("3/15/2027, 1 p.m. ET"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(13, 0), null));
    }

    @Test
    void aHearingCarriesItsType() {
        assertThat(CaseDates.parseHearing("2027-03-15 08:30 master calendar"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(8, 30), "MASTER"));
        assertThat(CaseDates.parseHearing("3/15/2027 1:00 PM (Individual hearing)"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(13, 0), "INDIVIDUAL"));
        assertThat(CaseDates.parseHearing("Bond hearing on March 15, 2027"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), null, "BOND"));
        assertThat(CaseDates.parseHearing("3/15/2027 12:30 PM - MCH"))
                .contains(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(12, 30), "MASTER"));
    }

    @Test
    void otherHearingTypesKeepTheWordsGiven() {
        assertThat(CaseDates.parseHearing("3/15/2027 9:00 AM (Telephonic status conference)"))
                .map(Hearing::type).contains("Telephonic status conference");
    }

    @Test
    void aHearingWithoutADateIsNotAHearing() {
        assertThat(CaseDates.parseHearing("9:00 AM master")).isEmpty();
        assertThat(CaseDates.parseHearing("02/30/2027 at 9:00 AM")).isEmpty();
    }
}
