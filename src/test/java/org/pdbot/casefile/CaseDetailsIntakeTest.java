package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The details beyond OPLA's required fields, read from labelled mail bodies and from case files. */
class CaseDetailsIntakeTest {

    private static CaseFile parse(String text) {
        return LabelledFieldParser.parse(text).build();
    }

    @Test
    void aMailIntakeWithEveryDetailFillsTheCaseDetails() {
        CaseFile c = parse(Resources.text("details-intake.txt"));
        CaseDetails d = c.details();

        assertThat(c.problems()).isEmpty();
        assertThat(d.names()).isEqualTo(new NameParts("Mendoza Ruiz", "Carlos", "Carlos Mendosa-Ruiz",
                List.of("Carlos Ruiz", "Charlie Mendoza"), "Mr."));
        assertThat(d.posture()).isEqualTo(new Posture(Posture.Stage.FINAL_ORDER, LocalDate.of(2015, 3, 4), "removal",
                true, LocalDate.of(2014, 6, 12), "INA § 212(a)(6)(A)(i), present without admission or parole",
                "without inspection near Hidalgo, TX, in 2006"));
        assertThat(d.applications()).containsExactly(
                new Application("I-130", "IOE0912345678", "approved", LocalDate.of(2024, 5, 1),
                        "filed by his U.S. citizen son"),
                new Application("I-601A", null, "pending", LocalDate.of(2024, 8, 15), null));
        assertThat(d.summary()).startsWith("A father of three U.S. citizens");
        assertThat(d.enforcementConcerns()).isEqualTo(
                "He has no criminal record and has filed taxes every year since 2008.");
        assertThat(d.equities()).containsOnlyKeys("TIES", "WORK_EDUCATION", "HUMANITARIAN");
        assertThat(d.equities().get("TIES")).containsExactly("Three U.S. citizen children, ages 9, 14 and 19.",
                "His wife is a lawful permanent resident.", "Deacon at St. Joseph's parish in Paterson.");
        assertThat(d.equities().get("WORK_EDUCATION")).containsExactly("Owns a roofing business with four employees.");
        assertThat(d.relief().afterDismissal()).startsWith("adjust status before USCIS");
        assertThat(d.relief().clientConsent()).isTrue();
        assertThat(d.relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.AND_THEN);
        assertThat(c.pdTypes()).containsExactly(PdType.JOIN_MTR, PdType.DISMISS);
        assertThat(c.attorney().barAdmission()).isEqualTo("New York, No. 5551234");
        assertThat(c.attorney().eoir28()).isEqualTo("on file with the court since 02/03/2026");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
    }

    @Test
    void narrativeLinesThatStartWithALabelWordStayInTheReasons() {
        CaseFile c = parse(Resources.text("details-intake.txt"));

        assertThat(c.reasons()).isEqualTo("Mr. Mendoza Ruiz has lived in New Jersey since 2006. Entry into the "
                + "country was at age 27. Summary of his life here follows in the equities below.");
    }

    @Test
    void chargesInsideACriminalHistoryAreNotTheChargesOfRemovability() {
        CaseFile c = parse("""
                Name: Ana Ruiz
                Criminal history:
                - 2019 arrest, Cobb County
                Charges: driving without a license; fine paid
                Reasons: She is a mother of two.
                """);

        assertThat(c.details().posture().charges()).isNull();
        assertThat(c.criminalHistory().entries()).containsExactly("2019 arrest, Cobb County",
                "Charges: driving without a license; fine paid");
    }

    @Test
    void aNameGivenOnlyInPartsIsTheClientsNameInNaturalOrder() {
        CaseFile c = parse("Surname: García Márquez\nFirst name(s): José Luis\nA-Number: 201555003\n");

        assertThat(c.name()).isEqualTo("José Luis García Márquez");
        assertThat(c.details().names().familyName()).isEqualTo("García Márquez");
        assertThat(c.details().names().givenNames()).isEqualTo("José Luis");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pending                                             | PENDING
            Pending before the Newark Immigration Court         | PENDING
            administratively closed in 2019                     | PENDING
            final order                                         | FINAL_ORDER
            Ordered removed in absentia on 03/04/2015           | FINAL_ORDER
            at the BIA                                          | BIA
            appeal pending before the Board of Immigration Appeals | BIA
            BIA dismissed the appeal in 2021                    | FINAL_ORDER
            not in proceedings                                  | NOT_IN_PROCEEDINGS
            No NTA filed yet                                    | NOT_IN_PROCEEDINGS
            """)
    void postureWordsAreReadAsAStage(String words, Posture.Stage stage) {
        assertThat(parse("Posture: " + words + "\n").details().posture().stage()).isEqualTo(stage);
    }

    @Test
    void aPostureThatSaysTheOrderGivesItsDateAndKindUnlessTheirFieldsDo() {
        Posture p = parse("Procedural posture: ordered removed in absentia on 03/04/2015\n").details().posture();
        assertThat(p.orderDate()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(p.inAbsentia()).isTrue();

        Posture own = parse("Posture: final order of removal 2015\nDate of removal order: 04/05/2016\n"
                + "In absentia: no\n").details().posture();
        assertThat(own.orderDate()).isEqualTo(LocalDate.of(2016, 4, 5));
        assertThat(own.inAbsentia()).isFalse();
    }

    @Test
    void unreadableDetailsBecomeProblemsInPlainWords() {
        CaseFile c = parse("""
                Posture: it's complicated
                Order date: sometime in 2015
                In absentia: maybe
                Informed consent: will ask her
                """);

        assertThat(c.problems()).containsExactly(
                "Posture 'it's complicated' is not one of: pending, final order, at the BIA, not in proceedings",
                "Order date 'sometime in 2015' is not a date",
                "In absentia 'maybe' is not yes or no",
                "Client consent 'will ask her' does not say yes or no");
    }

    @Test
    void custodyAndReliefDetailsAreRead() {
        CaseFile c = parse("""
                PD type: stipulate to bond
                Bond amount: $1,500
                Release address: 45 Elm St., Elizabeth, NJ 07201
                Sponsor: her U.S. citizen sister, Ana Ruiz
                Relief sought: cancellation of removal, INA § 240A(b)(1)
                Mitigation: completed probation in 2012 and has had no arrests since.
                Criminal history: 2010 shoplifting, Essex County, probation
                """);

        assertThat(c.details().custody()).isEqualTo(new Custody("$1,500", "45 Elm St., Elizabeth, NJ 07201",
                "her U.S. citizen sister, Ana Ruiz"));
        assertThat(c.details().relief().reliefSought()).isEqualTo("cancellation of removal, INA § 240A(b)(1)");
        assertThat(c.criminalHistory().entries()).containsExactly("2010 shoplifting, Essex County, probation");
        assertThat(c.criminalHistory().mitigation()).isEqualTo("completed probation in 2012 and has had no arrests since.");
    }

    @Test
    void theBondAndReliefAPdPhraseCarriesAreKeptWhenNotGivenSeparately() {
        CaseFile c = parse("PD type: stipulate to bond of $1,500; in the alternative, stipulation to cancellation "
                + "of removal under INA 240A(b)(1)\n");

        assertThat(c.pdTypes()).containsExactly(PdType.STIP_BOND, PdType.STIP_RELIEF);
        assertThat(c.details().custody().bondAmount()).isEqualTo("$1,500");
        assertThat(c.details().relief().reliefSought()).isEqualTo("cancellation of removal under INA 240A(b)(1)");
        assertThat(c.details().relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.ALTERNATIVE);
    }

    @Test
    void anAlternativeUnderItsOwnLabelIsASecondPdType() {
        CaseFile c = parse("PD type: joint motion to dismiss\nAlternative: administrative closure\n");

        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS, PdType.ADMIN_CLOSE);
        assertThat(c.details().relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.ALTERNATIVE);
        assertThat(c.pdRequested()).isEqualTo("joint motion to dismiss; in the alternative, administrative closure");
    }

    @Test
    void aPdPhraseThatMapsOnlyPartlyKeepsTheRestAsUnread() {
        CaseFile c = parse("PD type: joint motion to dismiss; in the alternative, deferred action\n");

        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS);
        assertThat(c.details().relief().unread()).containsExactly("deferred action");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Criminal history confirmed: none
            Criminal history confirmed: yes
            Criminal history confirmed: Confirmed, no arrests or convictions
            Criminal history: none (confirmed)
            Criminal history: confirmed none
            """)
    void theAttorneyConfirmsTheCriminalHistoryWithOneLine(String line) {
        CaseFile c = parse(line + "\n");

        assertThat(c.details().criminalHistoryConfirmed()).isTrue();
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void sayingNoIsNotAConfirmation() {
        assertThat(parse("Criminal history confirmed: no\n").details().criminalHistoryConfirmed()).isFalse();
    }

    @Test
    void aCaseWithoutDetailsHasNone() {
        CaseFile c = parse(Resources.text("plain-intake.txt"));

        assertThat(c.details().names()).isEqualTo(NameParts.NONE);
        assertThat(c.details().posture()).isEqualTo(Posture.UNKNOWN);
        assertThat(c.details().equities()).isEmpty();
        assertThat(c.details().relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.ALTERNATIVE);
    }

    @Test
    void aYamlCaseFileGivesDetailsAsNestedGroups() throws IOException {
        CaseFile c = CaseFileReader.read(Resources.path("details-case/ruiz.yaml"));
        CaseDetails d = c.details();

        assertThat(c.problems()).isEmpty();
        assertThat(d.names()).isEqualTo(new NameParts("Ruiz", "Ana Lucía", null, List.of("Ana Ruiz-Perez"), null));
        assertThat(d.posture()).isEqualTo(new Posture(Posture.Stage.PENDING, null, null, null,
                LocalDate.of(2025, 2, 10), "INA 212(a)(6)(A)(i)", "entered without inspection in 2013"));
        assertThat(c.pdTypes()).containsExactly(PdType.STIP_BOND, PdType.STIP_RELIEF);
        assertThat(d.relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.ALTERNATIVE);
        assertThat(d.custody()).isEqualTo(new Custody("$2,500", "12 Peachtree Lane, Atlanta, GA 30303",
                "her U.S. citizen sister, Marta Ruiz"));
        assertThat(d.relief().reliefSought()).isEqualTo("cancellation of removal, INA § 240A(b)(1)");
        assertThat(d.applications()).containsExactly(
                new Application("I-918", "EAC2190123456", "pending", LocalDate.of(2024, 6, 1),
                        "U visa petition with certification from the Atlanta police"),
                new Application("I-765", null, "pending", null, null));
        assertThat(d.equities()).containsOnlyKeys("TIES", "VICTIM_WITNESS");
        assertThat(c.criminalHistory().records()).containsExactly(
                new CriminalRecord(LocalDate.of(2019, 7, 14), null, "Cobb County, GA", "driving without a license",
                        "O.C.G.A. § 40-5-20", "nolo contendere, fine paid", "$300 fine", "paid 2019-08-01", "5"),
                new CriminalRecord(null, "summer 2016", null, "shoplifting, dismissed", null, null, null, null, null));
        assertThat(c.criminalHistory().mitigation()).startsWith("She has had no arrests since 2019");
        assertThat(c.attorney().barAdmission()).isEqualTo("Georgia Bar No. 123456");
        assertThat(c.attorney().eoir28()).isEqualTo("attached");
        assertThat(c.documents()).extracting(SupportingDocument::fileName, SupportingDocument::title,
                SupportingDocument::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("birth.pdf", "Birth certificate of Lucas Ruiz", LocalDate.of(2018, 3, 1)),
                org.assertj.core.groups.Tuple.tuple("lease.pdf", null, null));
    }

    @Test
    void unknownKeysInsideNestedGroupsAreProblems(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("case.yaml");
        java.nio.file.Files.writeString(file, """
                name: Ana Ruiz
                posture: {stage: pending, judge: Smith}
                equities: {hobbies: [chess]}
                applications: [{form: I-130, date: last spring}]
                criminalHistory: [{date: 2019-01-01, court: Cobb}]
                """);

        assertThat(CaseFileReader.read(file).problems()).containsExactly(
                "Unknown field 'posture.judge'",
                "Unknown factor 'equities.hobbies'; the factors are RESIDENCE, MILITARY, TIES, ARRIVAL, "
                        + "IMMIGRATION_HISTORY, WORK_EDUCATION, VICTIM_WITNESS, HUMANITARIAN",
                "Application I-130 date 'last spring' is not a date",
                "Unknown field 'criminalHistory.court'; use charge, completion, date, disposition, exhibit, "
                        + "jurisdiction, sentence, statute");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Family name: Mendoza Ruiz                         | FAMILY_NAME
            Last name: Mendoza Ruiz                           | FAMILY_NAME
            Surname: Mendoza Ruiz                             | FAMILY_NAME
            Given names: Carlos                               | GIVEN_NAMES
            First name: Carlos                                | GIVEN_NAMES
            First name(s): Carlos                             | GIVEN_NAMES
            Name on NTA: Carlos Mendosa                       | NAME_ON_NTA
            Name as on the NTA: Carlos Mendosa                | NAME_ON_NTA
            Aliases: Charlie                                  | ALIASES
            AKA: Charlie                                      | ALIASES
            Also known as: Charlie                            | ALIASES
            Honorific: Ms.                                    | HONORIFIC
            Posture: pending                                  | POSTURE
            Case status: final order                          | POSTURE
            Procedural posture: at the BIA                    | POSTURE
            Order date: 03/04/2015                            | ORDER_DATE
            Date of removal order: March 4, 2015              | ORDER_DATE
            Order type: removal                               | ORDER_TYPE
            In absentia: yes                                  | IN_ABSENTIA
            NTA date: 2014-06-12                              | NTA_DATE
            Charges: INA 237(a)(1)(B)                         | CHARGES
            Charges of removability: overstay                 | CHARGES
            Entry: EWI 2006                                   | ENTRY
            Manner of entry: B-2 visitor visa, 2001           | ENTRY
            Applications: I-130 approved                      | APPLICATIONS
            Pending applications: I-589 filed 2022            | APPLICATIONS
            Summary: a long-time resident                     | SUMMARY
            Enforcement concerns: none                        | ENFORCEMENT_CONCERNS
            Why not an enforcement priority?: no record       | ENFORCEMENT_CONCERNS
            Length of residence: since 1999                   | EQUITY_RESIDENCE
            Military service: son in the Army                 | EQUITY_MILITARY
            Family ties: three children                       | EQUITY_TIES
            Family: three children                            | EQUITY_TIES
            Community ties: church deacon                     | EQUITY_TIES
            Circumstances of arrival: fled gangs              | EQUITY_ARRIVAL
            Immigration history: never removed                | EQUITY_IMMIGRATION_HISTORY
            Work history: roofer                              | EQUITY_WORK_EDUCATION
            Employment: roofer                                | EQUITY_WORK_EDUCATION
            Education: GED                                    | EQUITY_WORK_EDUCATION
            Victim or witness: U visa certification           | EQUITY_VICTIM_WITNESS
            Humanitarian: caregiver of her mother             | EQUITY_HUMANITARIAN
            Medical condition: diabetes                       | EQUITY_HUMANITARIAN
            Health: diabetes                                  | EQUITY_HUMANITARIAN
            Mitigation: sober since 2012                      | MITIGATION
            Rehabilitation: sober since 2012                  | MITIGATION
            Bond amount: $1,500                               | BOND_AMOUNT
            Bond: $1,500                                      | BOND_AMOUNT
            Release address: 45 Elm St.                       | RELEASE_ADDRESS
            Sponsor: her sister                               | SPONSOR
            Relief sought: cancellation of removal            | RELIEF_SOUGHT
            Stipulated relief: asylum                         | RELIEF_SOUGHT
            After dismissal: adjust status                    | AFTER_DISMISSAL
            Next steps: consular processing                   | AFTER_DISMISSAL
            Informed consent: yes                             | CLIENT_CONSENT
            Client consent: given                             | CLIENT_CONSENT
            EOIR-28: on file                                  | EOIR_28
            Bar admission: NY 5551234                         | BAR_ADMISSION
            Criminal history confirmed: none                  | CRIMINAL_HISTORY_CONFIRMED
            Alternative: administrative closure               | PD_ALTERNATIVE
            """)
    void everyDetailLabelIsRead(String line, Field field) {
        CaseFile c = parse(line + "\n");
        CaseDetails d = c.details();
        Object value = switch (field) {
            case FAMILY_NAME -> d.names().familyName();
            case GIVEN_NAMES -> d.names().givenNames();
            case NAME_ON_NTA -> d.names().onNta();
            case ALIASES -> d.names().aliases().isEmpty() ? null : d.names().aliases();
            case HONORIFIC -> d.names().honorific();
            case POSTURE -> d.posture().stage();
            case ORDER_DATE -> d.posture().orderDate();
            case ORDER_TYPE -> d.posture().orderType();
            case IN_ABSENTIA -> d.posture().inAbsentia();
            case NTA_DATE -> d.posture().ntaDate();
            case CHARGES -> d.posture().charges();
            case ENTRY -> d.posture().entry();
            case APPLICATIONS -> d.applications().isEmpty() ? null : d.applications();
            case SUMMARY -> d.summary();
            case ENFORCEMENT_CONCERNS -> d.enforcementConcerns();
            case MITIGATION -> c.criminalHistory() == null ? null : c.criminalHistory().mitigation();
            case BOND_AMOUNT -> d.custody().bondAmount();
            case RELEASE_ADDRESS -> d.custody().releaseAddress();
            case SPONSOR -> d.custody().sponsor();
            case RELIEF_SOUGHT -> d.relief().reliefSought();
            case AFTER_DISMISSAL -> d.relief().afterDismissal();
            case CLIENT_CONSENT -> d.relief().clientConsent();
            case EOIR_28 -> c.attorney().eoir28();
            case BAR_ADMISSION -> c.attorney().barAdmission();
            case CRIMINAL_HISTORY_CONFIRMED -> d.criminalHistoryConfirmed() ? true : null;
            case PD_ALTERNATIVE -> c.pdTypes().contains(PdType.ADMIN_CLOSE) ? c.pdTypes() : null;
            default -> field.factor() == null ? null : d.equities().get(field.factor());
        };
        assertThat(value).as(line).isNotNull();
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void aConfirmationWrittenAboveAQuotedCaseIsRead() {
        String reply = """
                Criminal history confirmed: none

                On Tue, Dec 1, 2026 at 9:12 AM pdbot <pdbot@clinic.example.org> wrote:
                > Name: Maria Lopez
                > A-Number: 012-345-678
                > Criminal history: none
                > Reasons: Her abuser was arrested in 2020.
                """;

        CaseFile c = LabelledFieldParser.parse(CaseText.choose(CaseText.segments(reply))).build();

        assertThat(c.name()).isEqualTo("Maria Lopez");
        assertThat(c.details().criminalHistoryConfirmed()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            yes                                                   | true
            Yes (she never received the hearing notice)           | true
            given on 11/20/2026 after a consultation              | true
            the client consents after being advised of the consequences | true
            no                                                    | false
            not yet                                               | false
            she has not consented                                 | false
            pending                                               | false
            """)
    void consentIsReadAsYesOrNo(String words, boolean yes) {
        assertThat(parse("Informed consent: " + words + "\n").details().relief().clientConsent()).isEqualTo(yes);
    }

    @Test
    void applicationsOnOneLineSeparatedBySemicolonsAreEachRead() {
        List<Application> apps = parse("Applications: I-130 approved 06/02/2019; I-485 pending\n").details()
                .applications();

        assertThat(apps).extracting(Application::form).containsExactly("I-130", "I-485");
        assertThat(apps).extracting(Application::status).containsExactly("approved", "pending");
    }

    @Test
    void aVictimNamedInACriminalHistoryEntryStaysInTheEntry() {
        CaseFile c = parse("Criminal history:\n- 2012 simple assault, Essex County, dismissed\nVictim: a neighbor\n");

        assertThat(c.criminalHistory().entries()).containsExactly("2012 simple assault, Essex County, dismissed",
                "Victim: a neighbor");
        assertThat(c.details().equities()).isEmpty();
    }
}
