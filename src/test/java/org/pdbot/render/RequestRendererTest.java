package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.PdType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.render.CaseFixtures.REFERENCE;
import static org.pdbot.render.CaseFixtures.TODAY;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.CaseFixtures.anOffice;
import static org.pdbot.render.CaseFixtures.anOfficeWithSubjectFormat;
import static org.pdbot.render.CaseFixtures.render;
import static org.pdbot.render.CaseFixtures.renderer;

class RequestRendererTest {

    @Test
    void subjectGivesANumberSurnameFirstCustodyHearingAndPdTypes() {
        RenderedRequest r = render(aCase().build());

        assertThat(r.subject()).isEqualTo(
                "PD Request - A012-345-678 - LOPEZ, Maria - DETAINED - Next hearing 03/15/2027 - DISMISS / ADMIN_CLOSE");
    }

    @Test
    void subjectSaysNonDetainedAndNoHearingSet() {
        RenderedRequest r = render(aCase().detained(false).facility(null).nextHearing(null)
                .pdTypes(List.of(PdType.CONTINUANCE)).build());

        assertThat(r.subject()).isEqualTo(
                "PD Request - A012-345-678 - LOPEZ, Maria - NON-DETAINED - No hearing set - CONTINUANCE");
    }

    @Test
    void officeSubjectFormatReplacesTheDefaultSubject() {
        var office = anOfficeWithSubjectFormat(
                "${aNumber} - ${lastName?upper_case}, ${givenNames} - ${detained?then('DET', 'NON-DET')} - ${pdTypes[0].code}");

        RenderedRequest r = renderer().render(aCase().build(), office, REFERENCE, TODAY);

        assertThat(r.subject()).isEqualTo("A012-345-678 - LOPEZ, Maria - DET - DISMISS");
    }

    @Test
    void textBodyAddressesTheOfficeAndGivesTheIdentifyingBlock() {
        String text = render(aCase().build()).text();

        assertThat(text)
                .contains("VIA EMAIL to ICE-OPLA-ATL-SDC-PD@ice.dhs.gov")
                .contains("Office of the Principal Legal Advisor – Atlanta — Stewart")
                .contains("February 1, 2027")
                .contains("Respondent:          Maria Lopez")
                .contains("A-Number:            A012-345-678")
                .contains("Date of birth:       07/04/1988")
                .contains("Country:             Guatemala")
                .contains("Immigration court:   Stewart Immigration Court")
                .contains("Immigration judge:   IJ Randall Burke")
                .contains("Next hearing:        03/15/2027 at 9:00 AM (Master)")
                .contains("Custody:             Detained at Stewart Detention Center")
                .contains("Representative:      Jane Doe (EOIR ID XY123456), jdoe@clinic.example.org");
    }

    @Test
    void nonDetainedCaseWithoutOptionalDetailsSaysSo() {
        String text = render(aCase().detained(false).facility(null).nextHearing(null).judge(null).build()).text();

        assertThat(text)
                .contains("Custody:             Not detained")
                .contains("Next hearing:        none scheduled")
                .doesNotContain("Immigration judge:");
    }

    @Test
    void alternativesFollowTheMainRequestInOrder() {
        String text = render(aCase()
                .pdTypes(List.of(PdType.DISMISS, PdType.ADMIN_CLOSE, PdType.CONTINUANCE)).build()).text();

        assertThat(text).contains("exercise prosecutorial discretion in the form of "
                + "dismissal without prejudice (8 C.F.R. § 1239.2(c)); "
                + "in the alternative, administrative closure; "
                + "in the alternative, agreement to a continuance.");
    }

    @Test
    void reasonsAreGroupedUnderOplasFactorsInTheFactorFilesOrder() {
        String text = render(aCase().build()).text();

        assertThat(text).containsSubsequence(
                "1. Length of residence in the United States",
                "Ms. Lopez has lived in the United States since 2009.",
                "2. Family or community ties in the United States",
                "She is the mother of two U.S. citizen children.",
                "3. Work and education history in the United States",
                "She has worked as a home health aide",
                "4. Compelling humanitarian factors",
                "Her younger son has a serious medical condition",
                "5. Other considerations",
                "She hopes to stay.");
    }

    @Test
    void noCriminalHistoryIsStatedExplicitly() {
        String text = render(aCase().build()).text();

        assertThat(text).contains("Maria Lopez has no arrests and no convictions, in the United States or abroad.");
    }

    @Test
    void criminalHistoryEntriesAreListed() {
        String text = render(aCase().criminalHistory(CriminalHistory.of(List.of(
                "2015-03-02, Cobb County GA: driving without a license; fine paid",
                "2018-11-20, Fulton County GA: arrest for shoplifting; charge dismissed"))).build()).text();

        assertThat(text)
                .contains("The following is a complete list of Maria Lopez's arrests and convictions:")
                .contains("  - 2015-03-02, Cobb County GA: driving without a license; fine paid")
                .contains("  - 2018-11-20, Fulton County GA: arrest for shoplifting; charge dismissed")
                .doesNotContain("has no arrests");
    }

    @Test
    void supportingDocumentsAreListedWithTheirSize() {
        String text = render(aCase().build()).text();

        assertThat(text)
                .contains("  1. birth-certificates.pdf (200 KB)")
                .contains("  2. medical-letter.pdf (50 KB)");
    }

    @Test
    void aRequestWithoutDocumentsSaysNoneAreAttached() {
        RenderedRequest r = render(aCase().documents(List.of()).build());

        assertThat(r.text()).contains("No supporting documents are attached.");
        assertThat(r.html()).contains("<p>No supporting documents are attached.</p>");
    }

    @Test
    void textBodyEndsWithTheSignatureAndTheReferenceOnItsOwnLine() {
        String text = render(aCase().build()).text();

        assertThat(text).containsSubsequence("Respectfully,", "Jane Doe", "EOIR ID: XY123456",
                "Southern Immigrant Rights Clinic", "Tel. 404-555-0100", "jdoe@clinic.example.org");
        assertThat(text.lines()).contains("Ref: " + REFERENCE);
    }

    @Test
    void htmlBodySaysTheSameAndShowsTheReference() {
        String html = render(aCase().build()).html();

        assertThat(html)
                .contains("<td>A012-345-678</td>")
                .contains("in the alternative, administrative closure")
                .contains("<h4>1. Length of residence in the United States</h4>")
                .contains("<li>birth-certificates.pdf (200 KB)</li>")
                .contains("Maria Lopez has no arrests and no convictions")
                .contains("Ref: " + REFERENCE);
    }

    @Test
    void aCaseWithoutCriminalHistoryIsNotRenderedAndTheErrorNamesIt() {
        assertThatThrownBy(() -> render(aCase().criminalHistory(null).build()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("request-")
                .hasMessageContaining("criminalHistory");
    }

    @Test
    void otherPdTypeUsesTheSendersWords() {
        String text = render(aCase().pdTypes(List.of(PdType.OTHER))
                .pdRequested("agree to release on recognizance").build()).text();

        assertThat(text).contains("in the form of other prosecutorial discretion: agree to release on recognizance.");
    }

    @Test
    void aNameWrittenSurnameFirstKeepsItsOrderInTheSubject() {
        RenderedRequest r = render(aCase().name("Lopez Garcia, Maria Jose").build());

        assertThat(r.subject()).contains(" - LOPEZ GARCIA, Maria Jose - ");
    }
}
