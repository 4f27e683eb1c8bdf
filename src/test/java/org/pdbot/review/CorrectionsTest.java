package org.pdbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.LabelledFieldParser;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.PdType;

/** An attorney's "Label: value" reply lines merged into the stored draft's case. */
class CorrectionsTest {

    private static final CaseFile STORED = LabelledFieldParser.parse("""
            Name: Carlos Mendoza Ruiz
            A-Number: 201-555-002
            Posture: final order
            PD type: join a motion to reopen; in the alternative, deferred action
            Reasons: Mr. Mendoza Ruiz was arrested in 2009 but the case was dropped.
            Criminal history: none
            Bond amount: $1,500
            Family ties: three U.S. citizen children
            Mitigation: none needed
            """).build();

    private static CaseFile correct(String reply) {
        CaseFile fix = LabelledFieldParser.parse(reply).build();
        assertThat(Corrections.isEmpty(fix)).as(reply).isFalse();
        return Corrections.apply(STORED, fix);
    }

    @Test
    void theCriminalHistoryConfirmationLineIsACorrection() {
        CaseFile merged = correct("Criminal history confirmed: none\n");

        assertThat(merged.details().criminalHistoryConfirmed()).isTrue();
        assertThat(merged.criminalHistory().none()).isTrue();
    }

    @Test
    void aCorrectedPdTypeBringsItsOwnRelationsAndForgetsTheOldUnreadParts() {
        assertThat(STORED.details().relief().unread()).containsExactly("deferred action");

        CaseFile merged = correct("PD type: join a motion to reopen and then dismiss\n");

        assertThat(merged.pdTypes()).containsExactly(PdType.JOIN_MTR, PdType.DISMISS);
        assertThat(merged.details().relief().relations()).containsExactly(PdRelation.PRIMARY, PdRelation.AND_THEN);
        assertThat(merged.details().relief().unread()).isEmpty();
    }

    @Test
    void everyDetailCanBeCorrectedAndTheRestIsKept() {
        CaseFile merged = correct("""
                Order date: 03/04/2015
                Order type: removal
                In absentia: yes
                Bond amount: $3,000
                Work history: roofer since 2008
                Summary: A father of three.
                After dismissal: consular processing
                Informed consent: yes
                Bar admission: NY 5551234
                EOIR-28: on file
                Surname: Mendoza Ruiz
                """);

        assertThat(merged.details().posture().orderDate()).hasToString("2015-03-04");
        assertThat(merged.details().posture().stage()).hasToString("FINAL_ORDER");
        assertThat(merged.details().posture().inAbsentia()).isTrue();
        assertThat(merged.details().custody().bondAmount()).isEqualTo("$3,000");
        assertThat(merged.details().equities()).containsOnlyKeys("TIES", "WORK_EDUCATION");
        assertThat(merged.details().summary()).isEqualTo("A father of three.");
        assertThat(merged.details().relief().afterDismissal()).isEqualTo("consular processing");
        assertThat(merged.details().relief().clientConsent()).isTrue();
        assertThat(merged.attorney().barAdmission()).isEqualTo("NY 5551234");
        assertThat(merged.attorney().eoir28()).isEqualTo("on file");
        assertThat(merged.details().names().familyName()).isEqualTo("Mendoza Ruiz");
        assertThat(merged.pdTypes()).isEqualTo(STORED.pdTypes());
    }

    @Test
    void aMitigationLineKeepsTheHistoryItMitigates() {
        CaseFile stored = LabelledFieldParser.parse("Name: Ana Ruiz\nCriminal history: 2012 DUI, Cobb County\n").build();

        CaseFile merged = Corrections.apply(stored, LabelledFieldParser.parse(
                "Mitigation: completed DUI school and probation in 2013\n").build());

        assertThat(merged.criminalHistory().entries()).containsExactly("2012 DUI, Cobb County");
        assertThat(merged.criminalHistory().mitigation()).isEqualTo("completed DUI school and probation in 2013");
        assertThat(merged.criminalHistory()).isNotEqualTo(CriminalHistory.of(List.of("2012 DUI, Cobb County")));
    }
}
