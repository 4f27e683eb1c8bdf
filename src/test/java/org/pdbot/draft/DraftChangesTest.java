package org.pdbot.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdbot.check.Finding;
import org.pdbot.check.Severity;

class DraftChangesTest {

    static final Finding SOON_12 = new Finding(Severity.WARNING, "HEARING_SOON", "The hearing is in 12 days.");
    static final Finding SOON_9 = new Finding(Severity.WARNING, "HEARING_SOON", "The hearing is in 9 days.");
    static final Finding PAST = new Finding(Severity.BLOCKING, "HEARING_PAST", "The hearing date is in the past.");
    static final Finding NO_EOIR = new Finding(Severity.WARNING, "NO_EOIR_28", "No EOIR-28.");

    @Test
    void sameRulesWithDayCountsMovedAreNoChange() {
        assertThat(DraftChanges.newFindings(List.of(SOON_12, NO_EOIR), List.of(NO_EOIR, SOON_9))).isEmpty();
        assertThat(DraftChanges.goneFindings(List.of(SOON_12, NO_EOIR), List.of(NO_EOIR, SOON_9))).isEmpty();
    }

    @Test
    void aRuleNowFailingAndOneNoLongerFoundAreBothNamed() {
        assertThat(DraftChanges.newFindings(List.of(SOON_12), List.of(PAST, NO_EOIR))).containsExactly(
                "Now blocking: The hearing date is in the past.", "New warning: No EOIR-28.");
        assertThat(DraftChanges.goneFindings(List.of(SOON_12), List.of(PAST, NO_EOIR))).containsExactly(
                "No longer found: The hearing is in 12 days.");
    }

    @Test
    void aChangedLetterQuotesTheLinesThatDiffer() {
        String before = "Dear Chief Counsel:\nThe next hearing is on May 4, 2027.\nRespectfully,";
        String now = "Dear Chief Counsel:\nThe next hearing is on June 1, 2027.\nRespectfully,";

        assertThat(DraftChanges.letter(before, before)).isEmpty();
        assertThat(DraftChanges.letter(before, now)).hasValueSatisfying(s -> assertThat(s)
                .contains("\u201cThe next hearing is on May 4, 2027.\u201d would now read "
                        + "\u201cThe next hearing is on June 1, 2027.\u201d"));
        assertThat(DraftChanges.letter(before, before + "\nP.S.")).hasValueSatisfying(s -> assertThat(s)
                .contains("\u201cP.S.\u201d would be added."));
    }

    @Test
    void anotherOfficeIsAChangeTheSameOneInAnyCaseIsNot() {
        assertThat(DraftChanges.office("ICE-OPLA-ATL-PD@ice.dhs.gov", "Atlanta", "ice-opla-atl-pd@ice.dhs.gov"))
                .isEmpty();
        assertThat(DraftChanges.office("ICE-OPLA-ATL-PD@ice.dhs.gov", "Miami", "ICE-OPLA-MIA-PD@ice.dhs.gov"))
                .hasValueSatisfying(s -> assertThat(s).contains("OPLA Miami <ICE-OPLA-MIA-PD@ice.dhs.gov>"));
    }
}
