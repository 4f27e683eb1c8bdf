package org.pdbot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.check.Compliance.BODY;
import static org.pdbot.check.Compliance.NOT_BUILT;
import static org.pdbot.check.Compliance.checker;
import static org.pdbot.check.ComplianceCheckerTest.aCase;
import static org.pdbot.render.CaseFixtures.anOffice;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseFile;
import org.pdbot.render.CaseFixtures;
import org.pdbot.render.FactorClassifier;
import org.pdbot.render.Factor;

class ComplianceReportTest {

    @Test
    void factorCoverageListsEveryFactorOfTheFactorFileInItsOrder() {
        ComplianceReport report = checker().check(aCase().build(), anOffice(), BODY, NOT_BUILT);

        List<String> fileOrder = FactorClassifier.load(CaseFixtures.FACTORS).factors().stream()
                .map(Factor::code).toList();
        assertThat(report.factors()).extracting(FactorCoverage::code).containsExactlyElementsOf(fileOrder);
        assertThat(report.factors()).filteredOn(FactorCoverage::addressed).extracting(FactorCoverage::code)
                .containsExactly("RESIDENCE", "TIES", "WORK_EDUCATION", "HUMANITARIAN");
        assertThat(report.factors().get(0).label()).isEqualTo("Length of residence in the United States");
    }

    @Test
    void missingReasonsAddressNoFactorAndBlockWithoutASecondWarning() {
        ComplianceReport report = checker().check(aCase().reasons(null).build(), anOffice(), BODY, NOT_BUILT);

        assertThat(report.factors()).noneMatch(FactorCoverage::addressed);
        assertThat(report.findings()).extracting(Finding::code).containsExactly("INCOMPLETE_CASE");
    }

    @Test
    void describeReadsBlockingThenWarningsThenFactors() {
        CaseFile c = aCase().reasons("She has lived in the United States since 2009.")
                .attorney(new Attorney("Jane Doe", null, null, null)).build();

        String text = checker().check(c, anOffice(), " ", NOT_BUILT).describe();

        assertThat(text).startsWith("""
                Blocking (nothing is sent until these are fixed):
                  - The request has no text. OPLA offices delete e-mails that carry only attachments, so the\
                 request itself must be written in the e-mail.

                Warnings (the attorney decides):
                  - No EOIR ID is given for the attorney,""");
        assertThat(text).contains("""

                OPLA factors addressed (✓ yes, – no):
                  ✓ Length of residence in the United States
                  – Service in the U.S. military by the noncitizen or the noncitizen's family
                  – Family or community ties in the United States
                """);
    }

    @Test
    void describeSaysNoneWhenNothingWasFound() {
        String text = checker().check(aCase().build(), anOffice(), BODY, NOT_BUILT).describe();

        assertThat(text).startsWith("Blocking: none\n\nWarnings: none\n\nOPLA factors addressed");
    }
}
