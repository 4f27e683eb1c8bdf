package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.Custody;
import org.pdbot.casefile.NameParts;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.Posture;
import org.pdbot.casefile.ReliefDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.render.CaseFixtures.REFERENCE;
import static org.pdbot.render.CaseFixtures.TODAY;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.CaseFixtures.anOfficeWithSubjectFormat;
import static org.pdbot.render.CaseFixtures.render;
import static org.pdbot.render.CaseFixtures.renderer;

class RequestRendererTest {

    @Test
    void subjectNamesTheReliefInWordsTheClientAsFiledTheANumberAndCustody() {
        RenderedRequest r = render(aCase().build());

        assertThat(r.subject()).isEqualTo("Request for prosecutorial discretion – joint motion to dismiss, or in the "
                + "alternative administrative closure – LOPEZ, Maria – A012-345-678 – DETAINED");
    }

    @Test
    void subjectOfANonDetainedCaseSaysNothingOfCustody() {
        RenderedRequest r = render(aCase().detained(false).facility(null).nextHearing(null)
                .pdTypes(List.of(PdType.CONTINUANCE)).build());

        assertThat(r.subject()).isEqualTo("Request for prosecutorial discretion – continuance – LOPEZ, Maria – A012-345-678");
    }

    @Test
    void officeSubjectFormatReplacesTheDefaultSubject() {
        var office = anOfficeWithSubjectFormat(
                "${aNumber} - ${lastName?upper_case}, ${givenNames} - ${detained?then('DET', 'NON-DET')} - ${pdTypes[0].code}");

        RenderedRequest r = renderer().render(aCase().build(), office, REFERENCE, TODAY);

        assertThat(r.subject()).isEqualTo("A012-345-678 - LOPEZ, Maria - DET - DISMISS");
    }

    @Test
    void letterAddressesTheOfficeAndGivesTheIdentifyingBlockWithDatesWrittenOut() {
        String text = render(aCase().build()).text();

        assertThat(text)
                .contains("Via email to ICE-OPLA-ATL-SDC-PD@ice.dhs.gov")
                .contains("Office of the Principal Legal Advisor – Atlanta")
                .contains("February 1, 2027")
                .containsPattern("Respondent: +LOPEZ, Maria")
                .containsPattern("A-Number: +A012-345-678")
                .containsPattern("Date of birth: +July 4, 1988")
                .containsPattern("Country of citizenship: +Guatemala")
                .containsPattern("Immigration court: +Stewart Immigration Court \\(Immigration Judge Randall Burke\\)")
                .containsPattern("Next hearing: +March 15, 2027, at 9:00 a.m., master calendar hearing")
                .containsPattern("Custody: +Detained at Stewart Detention Center")
                .containsPattern("Counsel: +Jane Doe, EOIR ID XY123456\\R")
                .doesNotContainPattern("\\d{1,2}/\\d{1,2}/\\d{4}");
    }

    @Test
    void theEoir28IsMentionedOnlyAsTheCaseStatesIt() {
        assertThat(render(aCase().build()).text()).doesNotContain("EOIR-28");
        String text = render(aCase().attorney(new org.pdbot.casefile.Attorney("Jane Doe", "XY123456", "jdoe@clinic.example.org",
                "404-555-0100", "Georgia, No. 123456", "on file")).build()).text();
        assertThat(text).containsPattern("Counsel: +Jane Doe, EOIR ID XY123456; Form EOIR-28 on file")
                .contains("Admitted: Georgia, No. 123456");
    }

    @Test
    void nonDetainedCaseWithoutOptionalDetailsSaysSo() {
        String text = render(aCase().detained(false).facility(null).nextHearing(null).judge(null).build()).text();

        assertThat(text)
                .containsPattern("Custody: +Not detained")
                .containsPattern("Next hearing: +none scheduled")
                .contains("She is not detained.")
                .doesNotContain("Immigration Judge");
    }

    @Test
    void alternativesFollowTheMainRequestInOrder() {
        String text = render(aCase()
                .pdTypes(List.of(PdType.DISMISS, PdType.ADMIN_CLOSE, PdType.CONTINUANCE)).build()).text();

        assertThat(text.replace('\n', ' ')).contains("exercise its prosecutorial discretion by "
                + "joining in a motion to dismiss these proceedings without prejudice under 8 C.F.R. § 1239.2(c); "
                + "in the alternative, agreeing to the administrative closure of these proceedings; "
                + "in the alternative, agreeing to a continuance of these proceedings.");
    }

    @Test
    void stepsInSequenceAreJoinedByAndThenWithTheOrderToReopen() {
        CaseDetails details = new CaseDetails(NameParts.NONE,
                new Posture(Posture.Stage.FINAL_ORDER, LocalDate.of(2015, 6, 2), "removal", true, null, null, null),
                List.of(), Map.of(), null, null, Custody.NONE,
                new ReliefDetails(List.of(PdRelation.PRIMARY, PdRelation.AND_THEN), null, null, null, List.of()), false);
        String text = render(aCase().pdTypes(List.of(PdType.JOIN_MTR, PdType.DISMISS)).nextHearing(null)
                .details(details).build()).text().replace('\n', ' ');

        assertThat(text).contains("by joining in a motion to reopen these proceedings and vacate the order of removal "
                + "entered in absentia on June 2, 2015, and then joining in a motion to dismiss")
                .doesNotContain("in the alternative")
                .contains("entered an order of removal in absentia.")
                .doesNotContain("pending before");
    }

    @Test
    void aDismissalSaysWhatTheClientWillDoNextAndThatTheClientConsents() {
        CaseDetails details = new CaseDetails(NameParts.NONE, Posture.UNKNOWN, List.of(), Map.of(), null, null,
                Custody.NONE, new ReliefDetails(List.of(), null, "adjust status before USCIS on her approved I-130",
                        true, List.of()), false);
        String text = render(aCase().pdTypes(List.of(PdType.DISMISS)).details(details).build()).text().replace('\n', ' ');

        assertThat(text).contains("without prejudice under 8 C.F.R. § 1239.2(c). Once the proceedings are dismissed, "
                + "Ms. Lopez will adjust status before USCIS on her approved I-130. Ms. Lopez has been advised of the "
                + "consequences of dismissal and consents to it.");
    }

    @Test
    void theNarrativeIsPrintedOnceInTheOrderWrittenWithoutFactorHeadings() {
        String text = render(aCase().build()).text();

        assertThat(text).containsSubsequence(
                "Ms. Lopez has lived in the United States since 2009. She is the mother of two U.S. citizen children.",
                "She has worked as a home health aide for ten years and pays her taxes. Her younger son has a serious "
                        + "medical condition and she is his primary caregiver. She hopes to stay.");
        assertThat(text).doesNotContain("Length of residence in the United States")
                .doesNotContain("Other considerations");
        for (String sentence : Sentences.of(CaseFixtures.REASONS)) {
            assertThat(text.split(java.util.regex.Pattern.quote(sentence), -1)).as(sentence).hasSize(2);
        }
    }

    @Test
    void noCriminalHistoryIsWrittenAsCounselsKnowledge() {
        String text = render(aCase().build()).text();

        assertThat(text).contains("To counsel's knowledge, Ms. Lopez has never been arrested, charged or convicted of "
                + "any offense, in the United States or elsewhere.").doesNotContain("no arrests and no convictions");
    }

    @Test
    void criminalHistoryEntriesAreListedAsWrittenWithTheirDatesInWords() {
        String text = render(aCase().criminalHistory(CriminalHistory.of(List.of(
                "2015-03-02, Cobb County GA: driving without a license; fine paid",
                "2018-11-20, Fulton County GA: arrest for shoplifting; charge dismissed"))).build()).text();

        assertThat(text)
                .contains("The following is a complete list, to counsel's knowledge, of Ms. Lopez's arrests, charges and convictions.")
                .contains("  - March 2, 2015, Cobb County GA: driving without a license; fine paid")
                .contains("  - November 20, 2018, Fulton County GA: arrest for shoplifting; charge dismissed")
                .doesNotContain("never been arrested");
    }

    @Test
    void exhibitsAreListedByDescriptionInTheIndex() {
        String text = render(aCase().build()).text();

        assertThat(text)
                .contains("Enclosures: Exhibits 1–2, as listed in the index below")
                .contains("  - Tab: 1; Description: Birth certificates")
                .contains("  - Tab: 2; Description: Medical letter");
    }

    @Test
    void aRequestWithoutDocumentsSaysThereAreNoEnclosures() {
        RenderedRequest r = render(aCase().documents(List.of()).build());

        assertThat(r.text()).contains("Enclosures: none").doesNotContain("INDEX OF EXHIBITS");
    }

    @Test
    void letterEndsWithTheSignatureBlockAndTheReferenceOnItsOwnLine() {
        String text = render(aCase().build()).text();

        assertThat(text).containsSubsequence("Respectfully submitted,", "/s/ Jane Doe", "Jane Doe",
                "Attorney for Respondent", "EOIR ID: XY123456", "Southern Immigrant Rights Clinic", "Tel. 404-555-0100",
                "jdoe@clinic.example.org", "cc: Maria Lopez, Respondent");
        assertThat(text.lines()).contains("Ref: " + REFERENCE);
    }

    @Test
    void htmlIsTheLetterItself() {
        String html = render(aCase().build()).html();

        assertThat(html)
                .contains("<td>A012-345-678</td>")
                .contains("in the alternative, agreeing to the administrative closure")
                .contains("<title>Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678</title>")
                .contains("Ref: " + REFERENCE);
    }

    @Test
    void aCaseWithoutCriminalHistoryIsNotRenderedAndTheErrorNamesIt() {
        assertThatThrownBy(() -> render(aCase().criminalHistory(null).build()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("letter")
                .hasMessageContaining("criminalHistory");
    }

    @Test
    void otherPdTypeUsesTheSendersWords() {
        String text = render(aCase().pdTypes(List.of(PdType.OTHER))
                .pdRequested("release on recognizance").build()).text();

        assertThat(text.replace('\n', ' ')).contains("by granting the following: release on recognizance.");
    }

    @Test
    void aNameWrittenSurnameFirstIsFiledSoAndWrittenNaturallyInProse() {
        RenderedRequest r = render(aCase().name("Lopez Garcia, Maria Jose").build());

        assertThat(r.subject()).contains(" – LOPEZ GARCIA, Maria Jose – ");
        assertThat(r.text()).containsPattern("Respondent: +LOPEZ GARCIA, Maria Jose")
                .contains("represents Maria Jose Lopez Garcia.")
                .doesNotContain("On behalf of Lopez Garcia, Maria Jose");
    }
}
