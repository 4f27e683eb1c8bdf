package org.pdbot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.check.ComplianceCheckerTest.check;
import static org.pdbot.check.ComplianceCheckerTest.codes;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.LabelledFieldParser;
import org.pdbot.casefile.SupportingDocument;

/** What each PD type asks for, relief OPLA does not decide, posture, candor and coverage, from labelled intakes. */
class RequestDetailsComplianceTest {

    /** A complete intake for Maria Lopez at Stewart; {@code extra} lines are read first, so they win. */
    private static CaseFile intake(String extra) {
        return LabelledFieldParser.parse(extra + """

                Name: Maria Lopez
                A-Number: 012-345-678
                Court: Stewart Immigration Court
                Detained: yes, Stewart Detention Center
                Next hearing: 03/15/2027 9:00 AM master
                PD type: joint motion to dismiss
                After dismissal: adjust status before USCIS on her approved I-130
                Informed consent: yes
                Summary: A mother of two U.S. citizens with an approved I-130.
                Enforcement concerns: She has no criminal record and has worked at the same bakery since 2010.
                Reasons: Ms. Lopez has lived in the United States since 2006 and is the sole caregiver of two U.S.
                citizen children. She has worked at the same bakery for twelve years.
                Criminal history: None
                Attorney: Jane Doe
                EOIR ID: XY123456
                """).documents(List.of(doc("Birth certificates of the children.pdf"), doc("I-797 approval.pdf"),
                doc("W-2 forms 2019-2024.pdf"))).build();
    }

    private static SupportingDocument doc(String name) {
        return new SupportingDocument(name, "application/pdf", Path.of("unused.pdf"), 10_000);
    }

    @Test
    void aCompleteIntakeWithEveryDetailHasNoFindingsAndNoCoverageNotes() {
        ComplianceReport report = check(intake(""));

        assertThat(report.findings()).isEmpty();
        assertThat(report.coverage()).isEmpty();
    }

    @Nested
    class NotForOpla {

        @Test
        void aStayOfRemovalBlocksAndSaysItGoesToEroOnFormI246() {
            ComplianceReport report = check(intake("PD type: joint motion to dismiss and a stay of removal\n"));

            assertThat(report.blocking()).extracting(Finding::code).containsExactly("NOT_FOR_OPLA");
            assertThat(report.blocking().get(0).message()).contains("a stay of removal", "Enforcement and Removal "
                    + "Operations (ERO)", "Form I-246", "8 C.F.R. § 241.6", "filing fee");
            assertThat(codes(report)).doesNotContain("PD_UNREAD");
        }

        @Test
        void deferredActionAloneBlocksAndSaysWhereItGoes() {
            ComplianceReport report = check(intake("PD type: deferred action\n"));

            assertThat(report.blocking()).extracting(Finding::code).containsExactly("NOT_FOR_OPLA");
            assertThat(report.blocking().get(0).message()).contains("deferred action", "ERO field office", "USCIS");
        }

        @Test
        void releaseAndAnOrderOfSupervisionAreErosToDecide() {
            ComplianceReport report = check(intake("PD type: release from detention on an order of supervision\n"));

            assertThat(report.blocking().get(0).message()).contains("release from detention", "order of supervision"
                    , "ERO");
        }

        @Test
        void reliefTheClientPursuesElsewhereIsNotAskedOfOpla() {
            ComplianceReport report = check(intake("PD type: joint motion to dismiss so that she can apply for "
                    + "DACA before USCIS\n"));

            assertThat(codes(report)).doesNotContain("NOT_FOR_OPLA");
        }

        @Test
        void releaseOnBondIsAStipulationToBondNotAnEroMatter() {
            ComplianceReport report = check(intake("PD type: release on a $2,000 bond\n"));

            assertThat(codes(report)).doesNotContain("NOT_FOR_OPLA", "BOND_AMOUNT_MISSING");
        }
    }

    @Nested
    class DetailsEachTypeNeeds {

        @Test
        void aBondStipulationWithoutAnAmountWarns() {
            assertThat(codes(check(intake("PD type: stipulate to bond\n")))).contains("BOND_AMOUNT_MISSING");
            assertThat(codes(check(intake("PD type: stipulate to bond\nBond amount: $1,500\n"))))
                    .doesNotContain("BOND_AMOUNT_MISSING");
        }

        @Test
        void aReliefStipulationWantsTheReliefAndItsStatute() {
            assertThat(check(intake("PD type: stipulate to relief\n")).warnings()).extracting(Finding::message)
                    .anyMatch(m -> m.contains("which relief, nor under which statute"));
            assertThat(check(intake("PD type: stipulate to relief\nRelief sought: cancellation of removal\n"))
                    .warnings()).extracting(Finding::message)
                    .anyMatch(m -> m.contains("the statute for cancellation of removal"));
            assertThat(codes(check(intake("PD type: stipulation to cancellation of removal under INA 240A(b)(1)\n"))))
                    .doesNotContain("RELIEF_DETAILS_MISSING");
        }

        @Test
        void joiningAMotionToReopenWantsTheOrdersDateAndType() {
            ComplianceReport report = check(intake("PD type: join a motion to reopen and then dismiss\n"
                    + "Posture: final order\n"));

            assertThat(report.warnings()).extracting(Finding::message).anyMatch(m -> m.contains(
                    "the date of the order or what kind of order it was"));
            assertThat(codes(check(intake("PD type: join a motion to reopen and then dismiss\nPosture: final "
                    + "order of removal entered in absentia on 03/04/2015\n")))).doesNotContain("ORDER_DETAILS_MISSING");
        }

        @Test
        void dismissalWantsWhatFollowsAndTheClientsInformedConsent() {
            ComplianceReport report = check(LabelledFieldParser.parse("""
                    Name: Maria Lopez
                    A-Number: 012-345-678
                    Court: Stewart
                    Detained: no
                    PD type: termination
                    Reasons: She has lived here since 2006.
                    Criminal history: none
                    EOIR ID: XY123456
                    """).build());

            assertThat(report.warnings()).extracting(Finding::message).anyMatch(m -> m.contains(
                    "asks for termination but does not say what the client will do after the case ends or that "
                            + "the client gave informed consent"));
            assertThat(check(intake("Informed consent: not yet\n")).warnings()).extracting(Finding::message)
                    .anyMatch(m -> m.contains("the case says the client has not"));
        }
    }

    @Nested
    class Posture {

        @Test
        void joiningAMotionToReopenInAPendingCaseWarns() {
            ComplianceReport report = check(intake("PD type: join a motion to reopen\nPosture: pending\n"
                    + "Order date: 03/04/2015\nOrder type: removal\n"));

            assertThat(report.warnings()).extracting(Finding::message)
                    .anyMatch(m -> m.contains("a motion to reopen needs a final order, but the posture is pending"))
                    .anyMatch(m -> m.contains("the posture is pending, but an order date (March 4, 2015) is given"));
        }

        @Test
        void dismissingACaseWithAFinalOrderWithoutReopeningItWarns() {
            ComplianceReport report = check(intake("Case status: ordered removed in absentia on 03/04/2015\n"));

            assertThat(report.warnings()).extracting(Finding::message).anyMatch(m -> m.contains(
                    "the case has a final order, so dismissal first needs the case reopened"));
        }

        @Test
        void askingToDismissACaseNotInProceedingsWarns() {
            ComplianceReport report = check(intake("Posture: not in proceedings\nNext hearing: \n"));

            assertThat(report.warnings()).extracting(Finding::message).anyMatch(m -> m.contains(
                    "the client is not in proceedings, so there is no case for dismissal"));
        }

        @Test
        void notFilingAnNtaForACaseAlreadyInCourtWarns() {
            assertThat(codes(check(intake("PD type: do not file the NTA\nPosture: pending\n"))))
                    .contains("POSTURE_CONFLICT");
        }
    }

    @Test
    void aPdPhraseThatMapsOnlyPartlyIsReported() {
        ComplianceReport report = check(intake("PD type: joint motion to dismiss; in the alternative, a letter "
                + "to the judge\n"));

        assertThat(report.warnings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("could not read 'letter to the judge'"));
    }

    @Test
    void aNarrativeArrestWhileTheHistorySaysNoneBlocksAndQuotesTheSentence() {
        ComplianceReport report = check(intake("Reasons: Ms. Lopez has lived here since 2006. She was arrested "
                + "in 2015 for shoplifting, and the charge was dismissed.\n"));

        assertThat(report.blocking()).extracting(Finding::code).containsExactly("CRIMINAL_HISTORY_CONTRADICTED");
        assertThat(report.blocking().get(0).message()).contains(
                "\"She was arrested in 2015 for shoplifting, and the charge was dismissed.\"",
                "Criminal history confirmed: none");
    }

    @Test
    void aCrimeAgainstTheClientDoesNotBlock() {
        ComplianceReport report = check(intake("Reasons: Ms. Lopez has lived here since 2006 with two U.S. "
                + "citizen children. She was a victim of domestic violence; her abuser was convicted in 2021.\n"));

        assertThat(codes(report)).doesNotContain("CRIMINAL_HISTORY_CONTRADICTED");
    }

    @Test
    void theAttorneysConfirmationLineClearsTheCandorFinding() {
        ComplianceReport report = check(intake("Criminal history confirmed: none\nReasons: She was arrested in "
                + "2015 for shoplifting but it was a case of mistaken identity and she has lived here since 2006.\n"));

        assertThat(codes(report)).doesNotContain("CRIMINAL_HISTORY_CONTRADICTED");
    }

    @Nested
    class Coverage {

        @Test
        void aMissingSummaryAndEnforcementStatementAreNotedNotWarned() {
            CaseFile full = intake("");
            CaseFile c = full.toBuilder().details(new org.pdbot.casefile.CaseDetails(null, null, null, null, null,
                    null, null, full.details().relief(), false)).build();

            ComplianceReport report = check(c);

            assertThat(report.coverage()).extracting(Finding::code).containsExactly("NO_SUMMARY",
                    "NO_ENFORCEMENT_STATEMENT");
            assertThat(report.findings()).isEmpty();
            assertThat(report.describe()).contains("Coverage (for the attorney, not sent to OPLA):");
        }

        @Test
        void familyTiesWithoutABirthOrMarriageCertificateAreNoted() {
            CaseFile c = intake("").toBuilder().documents(List.of(doc("I-797 approval.pdf"), doc("W-2 forms.pdf")))
                    .build();

            assertThat(check(c).coverage()).extracting(Finding::message).singleElement().asString()
                    .contains("family ties to U.S. citizens or residents", "birth or marriage certificates");
        }

        @Test
        void aDocumentCountsByItsTitleOrItsFileName() {
            CaseFile byTitle = intake("").toBuilder().documents(List.of(doc("I-797 approval.pdf"), doc("W2.pdf"),
                    new SupportingDocument("scan0001.pdf", "application/pdf", Path.of("x.pdf"), 1, "Acta de "
                            + "nacimiento of Ana", null))).build();
            CaseFile byName = intake("").toBuilder().documents(List.of(doc("I-797 approval.pdf"), doc("W2.pdf"),
                    doc("birth_cert_ana.pdf"))).build();

            assertThat(check(byTitle).coverage()).isEmpty();
            assertThat(check(byName).coverage()).isEmpty();
        }

        @Test
        void aMedicalConditionWithoutAMedicalRecordIsNoted() {
            CaseFile c = intake("Health: her son was diagnosed with leukemia in 2024\n");

            assertThat(check(c).coverage()).extracting(Finding::message)
                    .anyMatch(m -> m.contains("a medical condition") && m.contains("medical records"));
        }

        @Test
        void factorsGivenOnlyInTheEquitiesCountAsAddressed() {
            CaseFile c = intake("Military service: her son serves in the U.S. Army at Fort Moore\n");

            FactorCoverage military = check(c).factors().stream().filter(f -> f.code().equals("MILITARY"))
                    .findFirst().orElseThrow();
            assertThat(military.addressed()).isTrue();
            assertThat(military.inEquities()).isTrue();
            assertThat(military.inNarrative()).isFalse();
            assertThat(check(c).describe()).contains("✓ Service in the U.S. military by the noncitizen or the "
                    + "noncitizen's family (equities)");
            assertThat(check(c).unaddressed()).extracting(FactorCoverage::code).contains("ARRIVAL", "VICTIM_WITNESS");
        }
    }

    @Test
    void equitiesByFactorAreReasonsEnoughWithoutANarrative() {
        ComplianceReport report = check(LabelledFieldParser.parse("""
                Name: Maria Lopez
                A-Number: 012-345-678
                Court: Stewart
                Detained: no
                PD type: administrative closure
                Family ties: two U.S. citizen children, ages 7 and 11
                Work history: twelve years at the same bakery
                Criminal history: none
                EOIR ID: XY123456
                """).build());

        assertThat(report.blocking()).isEmpty();
        assertThat(codes(report)).doesNotContain("NO_FACTOR");
    }

    @Test
    void mitigationWrittenForAHistoryOfNoneIsReadByTheCandorCheck() {
        ComplianceReport report = check(intake("Mitigation: she completed probation in 2012 and has been sober since\n"));

        assertThat(report.blocking()).extracting(Finding::code).containsExactly("CRIMINAL_HISTORY_CONTRADICTED");
    }

    @Test
    void anEoir28OnFileSilencesTheRepresentationWarningUnlessItSaysItIsNot() {
        CaseFile onFile = intake("EOIR ID: \nEOIR-28: on file with the court since 02/03/2026\n").toBuilder()
                .attorney(new org.pdbot.casefile.Attorney("Jane Doe", null, null, null, null,
                        "on file with the court since 02/03/2026")).build();
        CaseFile notYet = onFile.toBuilder().attorney(new org.pdbot.casefile.Attorney("Jane Doe", null, null, null,
                null, "not yet filed")).build();

        assertThat(codes(check(onFile))).doesNotContain("NO_EOIR_28");
        assertThat(codes(check(notYet))).contains("NO_EOIR_28");
    }
}
