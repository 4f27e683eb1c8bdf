package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledFieldParserTest {

    private static CaseFile parse(String text) {
        return LabelledFieldParser.parse(text).build();
    }

    @Test
    void aPlainIntakeYieldsEveryField() {
        CaseFile c = parse(Resources.text("plain-intake.txt"));

        assertThat(c.name()).isEqualTo("Maria Elena Lopez Garcia");
        assertThat(c.aNumber()).isEqualTo(new ANumber("012345678"));
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.country()).isEqualTo("Honduras");
        assertThat(c.court()).isEqualTo("Atlanta Immigration Court");
        assertThat(c.detained()).isTrue();
        assertThat(c.facility()).isEqualTo("Stewart Detention Center");
        assertThat(c.nextHearing()).isEqualTo(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0), "MASTER"));
        assertThat(c.judge()).isEqualTo("Hon. R. Alvarez");
        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS, PdType.ADMIN_CLOSE);
        assertThat(c.pdRequested()).isEqualTo("dismissal; in the alternative, administrative closure");
        assertThat(c.reasons()).isEqualTo("""
                Ms. Lopez has lived in the United States since 2006 and is the sole caregiver of two U.S. \
                citizen children, ages 7 and 11.

                She has worked at the same bakery for twelve years and has filed taxes every year since 2010.""");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
        assertThat(c.attorney()).isEqualTo(
                new Attorney("Jane Roe", "JR123456", "jane.roe@clinic.example.org", "(404) 555-0143"));
        assertThat(c.office()).isEqualTo("Atlanta");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void bulletsBoldMarkersAndAliasesAreTolerated() {
        CaseFile c = parse(Resources.text("markdown-intake.txt"));

        assertThat(c.name()).isEqualTo("Tomas Ruiz");
        assertThat(c.aNumber()).isEqualTo(new ANumber("012345679"));
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1990, 11, 23));
        assertThat(c.country()).isEqualTo("Guatemala");
        assertThat(c.court()).isEqualTo("Chicago");
        assertThat(c.detained()).isFalse();
        assertThat(c.facility()).isNull();
        assertThat(c.nextHearing()).isEqualTo(
                new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(8, 30), "INDIVIDUAL"));
        assertThat(c.judge()).isEqualTo("Judge Patel");
        assertThat(c.pdTypes()).containsExactly(PdType.JOIN_MTR);
        assertThat(c.pdRequested()).isEqualTo("please ask OPLA to join our motion to reopen");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.of(List.of(
                "2014-06-02 Cook County, IL: driving without a license, fine paid",
                "2016-01-15 Cook County, IL: arrest for retail theft, dismissed")));
        assertThat(c.attorney().name()).isEqualTo("Lee Chen");
        assertThat(c.attorney().email()).isEqualTo("lee.chen@clinic.example.org");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void theFirstOccurrenceOfALabelWins() {
        CaseFile c = parse(Resources.text("thread-newest-first.txt"));

        assertThat(c.name()).isEqualTo("Ana Sofia Morales");
        assertThat(c.aNumber()).isEqualTo(new ANumber("012345678"));
        assertThat(c.nextHearing()).isEqualTo(
                new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(13, 0), "INDIVIDUAL"));
        assertThat(c.pdTypes()).containsExactly(PdType.STIP_BOND);
        assertThat(c.pdRequested()).isEqualTo("stipulate to bond");
        // Fields only the older message gives are still read.
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.country()).isEqualTo("El Salvador");
        assertThat(c.detained()).isTrue();
        assertThat(c.facility()).isEqualTo("Krome");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void valuesRunOverLinesAndUnknownLabelsAreIgnored() {
        CaseFile c = parse(Resources.text("wrapped-and-noisy-intake.txt"));

        assertThat(c.name()).isEqualTo("Li Wei Zhang");
        assertThat(c.court()).isEqualTo("New York Immigration Court, 26 Federal Plaza");
        assertThat(c.aNumber()).isEqualTo(new ANumber("001234567"));
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.reasons()).isEqualTo("""
                Mr. Zhang arrived in 1999 at age 10.

                Note: he was granted DACA in 2013 and it lapsed in 2020.

                - U.S. citizen spouse
                - Two U.S. citizen children""");
        assertThat(c.detained()).isFalse();
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
        assertThat(c.pdTypes()).containsExactly(PdType.CONTINUANCE);
        assertThat(c.attorney()).isEqualTo(Attorney.UNKNOWN);
        assertThat(c.problems()).containsExactly("Next hearing 'soon' is not a date");
    }

    @Test
    void malformedValuesBecomeProblemsAndLeaveTheFieldEmpty() {
        CaseFile c = parse(Resources.text("malformed-intake.txt"));

        assertThat(c.name()).isEqualTo("Pat Doe");
        assertThat(c.aNumber()).isNull();
        assertThat(c.dateOfBirth()).isNull();
        assertThat(c.detained()).isNull();
        assertThat(c.nextHearing()).isNull();
        assertThat(c.attorney().email()).isNull();
        assertThat(c.problems()).containsExactly(
                "A-Number 'A12' is not 7 to 9 digits",
                "Date of birth '31/31/1990' is not a date",
                "Detained 'maybe' is not yes or no",
                "Next hearing 'next spring' is not a date",
                "Attorney email 'pat at clinic' is not an email address");
    }

    @Test
    void aHearingTypeWithoutAHearingIsAProblem() {
        assertThat(parse("Hearing type: bond").problems())
                .containsExactly("Hearing type 'bond' is given without a next hearing date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Name: Rosa Diaz                       | NAME
            Client name: Rosa Diaz                | NAME
            Respondent: Rosa Diaz                 | NAME
            Full name: Rosa Diaz                  | NAME
            A-Number: 012345678                   | A_NUMBER
            A#: 012345678                         | A_NUMBER
            A# 012-345-678                        | A_NUMBER
            A No.: 012345678                      | A_NUMBER
            A number: 012345678                   | A_NUMBER
            Alien number: 012345678               | A_NUMBER
            A-No: 012345678                       | A_NUMBER
            Date of birth: 1988-04-02             | DATE_OF_BIRTH
            DOB: 1988-04-02                       | DATE_OF_BIRTH
            Country: Peru                         | COUNTRY
            Nationality: Peru                     | COUNTRY
            Country of citizenship: Peru          | COUNTRY
            Court: Miami                          | COURT
            Immigration court: Miami              | COURT
            Detained: yes                         | DETAINED
            Detention facility: Krome             | FACILITY
            Facility: Krome                       | FACILITY
            Next hearing: 2027-03-15              | NEXT_HEARING
            Next hearing date: 2027-03-15         | NEXT_HEARING
            Judge: Judge Kim                      | JUDGE
            IJ: Judge Kim                         | JUDGE
            PD type: dismissal                    | PD_TYPE
            Request: dismissal                    | PD_TYPE
            Relief requested: dismissal           | PD_TYPE
            Reasons: long residence               | REASONS
            Equities: long residence              | REASONS
            Criminal history: None                | CRIMINAL_HISTORY
            Attorney: Jane Roe                    | ATTORNEY
            Representative: Jane Roe              | ATTORNEY
            EOIR ID: JR123456                     | EOIR_ID
            Attorney email: jane@clinic.example   | ATTORNEY_EMAIL
            Attorney phone: 404-555-0143          | ATTORNEY_PHONE
            Office: Miami                         | OFFICE
            """)
    void everyLabelAliasIsRead(String line, Field field) {
        CaseFile c = parse(line);
        Object value = switch (field) {
            case NAME -> c.name();
            case A_NUMBER -> c.aNumber();
            case DATE_OF_BIRTH -> c.dateOfBirth();
            case COUNTRY -> c.country();
            case COURT -> c.court();
            case DETAINED -> c.detained();
            case FACILITY -> c.facility();
            case NEXT_HEARING, HEARING_TYPE -> c.nextHearing();
            case JUDGE -> c.judge();
            case PD_TYPE -> c.pdTypes();
            case REASONS -> c.reasons();
            case CRIMINAL_HISTORY -> c.criminalHistory();
            case ATTORNEY -> c.attorney().name();
            case EOIR_ID -> c.attorney().eoirId();
            case ATTORNEY_EMAIL -> c.attorney().email();
            case ATTORNEY_PHONE -> c.attorney().phone();
            case OFFICE -> c.office();
            default -> throw new IllegalArgumentException(field + " is read in CaseDetailsIntakeTest");
        };
        assertThat(value).as(line).isNotNull();
        assertThat(c.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NAME: Rosa Diaz", "*Name:* Rosa Diaz", "**Name:** Rosa Diaz", "**Name**: Rosa Diaz",
            "- Name: Rosa Diaz", "* Name: Rosa Diaz", "  • Name : Rosa Diaz", "> Name: Rosa Diaz",
            "Name:\nRosa Diaz", "Name: Rosa\n   Diaz"})
    void labelsAreReadWhateverTheirDress(String text) {
        assertThat(parse(text).name()).isEqualTo("Rosa Diaz");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A 012 345 678  | 012345678
            a012-345-678   | 012345678
            A#12345678     | 012345678
            A# 12345678    | 012345678
            1234567        | 001234567
            A-012345678    | 012345678
            012.345.678    | 012345678
            """)
    void aNumbersAreReadInTheFormsPeopleWrite(String written, String digits) {
        assertThat(parse("A-Number: " + written).aNumber()).isEqualTo(new ANumber(digits));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"123456", "1234567890", "A12B45678", "IOE0912345678", "000000000"})
    void aNumbersOfTheWrongShapeAreRejected(String written) {
        CaseFile c = parse("A-Number: " + written);
        assertThat(c.aNumber()).isNull();
        assertThat(c.problems()).containsExactly("A-Number '" + written + "' is not 7 to 9 digits");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yes - Stewart Detention Center      | true  | Stewart Detention Center
            yes, at Otay Mesa Detention Center  | true  | Otay Mesa Detention Center
            Y (Krome)                           | true  | Krome
            Yes                                 | true  |
            No                                  | false |
            Non-detained                        | false |
            no - released on bond in 2023       | false |
            """)
    void detainedIsYesOrNoWithAnOptionalFacility(String written, boolean detained, String facility) {
        CaseFile c = parse("Detained: " + written);
        assertThat(c.detained()).isEqualTo(detained);
        assertThat(c.facility()).isEqualTo(facility);
    }

    @Test
    void aFacilityLabelWinsOverTheFacilityInDetained() {
        CaseFile c = parse("Detained: Yes - Stewart\nFacility: Stewart Detention Center, Lumpkin GA");
        assertThat(c.facility()).isEqualTo("Stewart Detention Center, Lumpkin GA");
    }

    @Test
    void theHearingTypeLabelSetsTheTypeOfTheHearing() {
        assertThat(parse("Next hearing: 03/15/2027 (master)\nHearing type: Individual").nextHearing().type())
                .isEqualTo("INDIVIDUAL");
        assertThat(parse("Hearing type: bond redetermination\nNext hearing: 03/15/2027").nextHearing())
                .isEqualTo(new Hearing(LocalDate.of(2027, 3, 15), null, "BOND"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"None", "none.", "No criminal history", "N/A - none", "No arrests or convictions",
            "NONE KNOWN"})
    void sayingThereIsNoCriminalHistoryDeclaresNone(String written) {
        assertThat(parse("Criminal history: " + written).criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
    }

    @Test
    void aCriminalHistoryListHasOneEntryPerLine() {
        CaseFile c = parse("""
                Criminal history:
                - 03/2015 Fulton County, GA: DUI, 12 months probation, completed
                * 2019 arrest for shoplifting, charge dropped
                (3) 2021 traffic citation, paid

                Attorney: Jane Roe""");
        assertThat(c.criminalHistory().entries()).containsExactly(
                "03/2015 Fulton County, GA: DUI, 12 months probation, completed",
                "2019 arrest for shoplifting, charge dropped",
                "2021 traffic citation, paid");
        assertThat(c.attorney().name()).isEqualTo("Jane Roe");
    }

    @Test
    void anEmptyCriminalHistoryIsNotNone() {
        assertThat(parse("Criminal history:\n\nAttorney: Jane Roe").criminalHistory()).isNull();
    }

    @Test
    void recalendarAndTerminateIsReadFromALabel() {
        assertThat(parse("Request: join motion to recalendar and terminate").pdTypes())
                .containsExactly(PdType.RECALENDAR_TERMINATE);
    }

    @Test
    void aRequestWrittenAsAListKeepsItsOrder() {
        CaseFile c = parse("PD type:\n1. Dismissal\n2. Administrative closure\n");
        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS, PdType.ADMIN_CLOSE);
        assertThat(c.pdRequested()).isEqualTo("Dismissal; Administrative closure");
    }

    @Test
    void valuesKeepTheirOwnColons() {
        CaseFile c = parse("Next hearing: 03/15/2027 10:30 AM\nReasons: Note: see the attached letters.");
        assertThat(c.nextHearing().time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(c.reasons()).isEqualTo("Note: see the attached letters.");
    }

    @Test
    void aSignatureOfficePhoneIsNotTheOplaOffice() {
        assertThat(parse("Thanks,\nSam\nOffice: (404) 555-0100").office()).isNull();
    }

    @Test
    void textWithoutLabelsGivesAnEmptyCase() {
        CaseFile c = parse("Hi, can you call me about my cousin's case? Time: after 5:00 pm");
        assertThat(c).isEqualTo(CaseFile.builder().build());
    }
}
