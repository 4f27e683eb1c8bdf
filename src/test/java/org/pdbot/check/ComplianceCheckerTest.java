package org.pdbot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.check.Compliance.BODY;
import static org.pdbot.check.Compliance.MB;
import static org.pdbot.check.Compliance.NOT_BUILT;
import static org.pdbot.check.Compliance.checker;
import static org.pdbot.check.Compliance.office;
import static org.pdbot.render.CaseFixtures.anOffice;
import static org.pdbot.render.CaseFixtures.withRules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;
import org.pdbot.directory.Resolution;
import org.pdbot.render.CaseFixtures;

/** One test per rule of the compliance check; the fixture case (hearing 42 days away) passes them all. */
class ComplianceCheckerTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The fixture case with what its dismissal asks for: what follows it and the client's informed consent. */
    static CaseFile.Builder aCase() {
        return CaseFixtures.aCase().details(new org.pdbot.casefile.CaseDetails(null, null, null, null, null, null,
                null, new org.pdbot.casefile.ReliefDetails(List.of(), null,
                "adjust status before USCIS on her approved I-130", true, List.of()), false));
    }

    @Test
    void completeCaseHasNoFindings() {
        ComplianceReport report = check(aCase().build());

        assertThat(report.findings()).isEmpty();
        assertThat(report.blocked()).isFalse();
    }

    @Nested
    class Blocking {

        @Test
        void missingRequiredFieldsBlockInTheIntakeChecksOwnWords() {
            CaseFile c = aCase().name(null).criminalHistory(null).build();

            ComplianceReport report = check(c);

            List<String> validator = new CaseValidator().problems(c,
                    new Resolution.Resolved(anOffice(), "office", "ATL-SDC"));
            assertThat(validator).hasSize(2);
            assertThat(report.blocking()).extracting(Finding::code).containsOnly("INCOMPLETE_CASE");
            assertThat(report.blocking()).extracting(Finding::message).containsExactlyElementsOf(validator);
            assertThat(report.blocked()).isTrue();
        }

        @Test
        void caseWithoutAnOfficeBlocksWithTheResolversReason() {
            ComplianceReport withoutOffice = checker().check(aCase().build(), (Office) null, BODY, NOT_BUILT);
            ComplianceReport unknownCourt = checker().check(aCase().build(),
                    new Resolution.Unknown("immigration court", "Springfield"), BODY, NOT_BUILT);

            assertThat(withoutOffice.blocking()).extracting(Finding::message)
                    .containsExactly(new Resolution.NothingGiven().explanation());
            assertThat(unknownCourt.blocking()).extracting(Finding::message)
                    .containsExactly("Immigration court 'Springfield' matches no OPLA office");
        }

        @Test
        void hearingDateInThePastBlocks() {
            ComplianceReport report = check(withHearing(LocalDate.of(2027, 1, 31)));

            assertThat(codes(report)).containsExactly("HEARING_PAST");
            assertThat(report.blocking().get(0).message())
                    .startsWith("The next hearing date, January 31, 2027, is in the past.");
        }

        @Test
        void hearingTodayIsNotInThePast() {
            assertThat(codes(check(withHearing(CaseFixtures.TODAY)))).containsExactly("HEARING_SOON");
        }

        @Test
        void attachmentOfATypeTheOfficeDoesNotAcceptBlocksAndIsNamed() {
            ComplianceReport report = check(withDocument("statement.docx", DOCX));

            assertThat(codes(report)).containsExactly("ATTACHMENT_TYPE");
            assertThat(report.blocking().get(0).message()).isEqualTo("'statement.docx' (Word document) cannot go to"
                    + " OPLA Atlanta — Stewart, which accepts only PDF, JPEG, PNG. Save it as a PDF and send it"
                    + " again, or leave it out.");
        }

        @Test
        void imagesPassTheDefaultRule() {
            assertThat(check(withDocument("passport.jpg", "image/jpeg")).findings()).isEmpty();
        }

        @Test
        void detroitPdfOnlyBlocksAWordDocument() {
            ComplianceReport report = checker().check(withDocument("letter.docx", DOCX), office("DET"), BODY,
                    NOT_BUILT);

            assertThat(codes(report)).containsExactly("ATTACHMENT_TYPE");
            assertThat(report.blocking().get(0).message())
                    .contains("'letter.docx'", "OPLA Detroit, which accepts only PDF.");
        }

        @Test
        void clevelandPdfOnlyBlocksAHeicPhotoButNotAJpegThePacketTurnsIntoPdf() {
            CaseFile c = aCase().addDocument(doc("photo.heic", "image/heic"))
                    .addDocument(doc("id-card.jpg", "image/jpeg")).build();

            ComplianceReport report = checker().check(c, office("DET-CLE"), BODY, NOT_BUILT);

            assertThat(report.blocking()).extracting(Finding::message).singleElement().asString()
                    .contains("'photo.heic' (HEIC)", "OPLA Detroit — Cleveland");
        }

        @Test
        void packetOverTheLimitBlocksWhereTheOfficeSaysBlock() {
            Office small = withRules(anOffice(), null, 1.0, Oversize.BLOCK, null);

            ComplianceReport report = checker().check(aCase().build(), small, BODY, 3 * MB / 2);

            assertThat(codes(report)).containsExactly("PACKET_TOO_LARGE");
            assertThat(report.blocking().get(0).message()).startsWith(
                    "The PDF packet comes to 1.5 MB, over OPLA Atlanta — Stewart's limit of 1 MB.");
        }

        @Test
        void packetAtTheLimitPasses() {
            assertThat(checker().check(aCase().build(), anOffice(), BODY, 20 * MB).findings()).isEmpty();
        }

        @Test
        void packetNotBuiltYetIsNotMeasured() {
            Office tiny = withRules(anOffice(), null, 0.001, Oversize.BLOCK, null);

            assertThat(checker().check(aCase().build(), tiny, BODY, NOT_BUILT).findings()).isEmpty();
        }

        @Test
        void emptyRequestBodyBlocks() {
            for (String body : new String[] {"", " \n\t ", null}) {
                ComplianceReport report = checker().check(aCase().build(), anOffice(), body, NOT_BUILT);
                assertThat(codes(report)).as("body %s", body).containsExactly("BODY_EMPTY");
                assertThat(report.blocking().get(0).message()).contains("carry only attachments");
            }
        }
    }

    @Nested
    class Warnings {

        @Test
        void packetOverTheLimitIsSplitIntoNumberedPartsWhereTheOfficeSaysSplit() {
            Office small = withRules(anOffice(), null, 1.0, Oversize.SPLIT, null);

            ComplianceReport report = checker().check(aCase().build(), small, BODY, 5 * MB / 2);

            assertThat(report.blocked()).isFalse();
            assertThat(codes(report)).containsExactly("PACKET_SPLIT");
            assertThat(report.warnings().get(0).message()).isEqualTo("The PDF packet comes to 2.5 MB, over OPLA"
                    + " Atlanta — Stewart's limit of 1 MB. The request will go out in 3 numbered e-mails"
                    + " (\"part 1 of 3\" and so on).");
        }

        @Test
        void packetOverTheDefaultTwentyMegabytesIsSplitByDefault() {
            ComplianceReport report = checker().check(aCase().build(), anOffice(), BODY, 21 * MB);

            assertThat(codes(report)).containsExactly("PACKET_SPLIT");
            assertThat(report.warnings().get(0).message()).contains("limit of 20 MB", "in 2 numbered e-mails");
        }

        @Test
        void noEoirIdAndNoEoir28Warns() {
            ComplianceReport report = check(withoutEoirId().build());

            assertThat(codes(report)).containsExactly("NO_EOIR_28");
            assertThat(report.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(report.warnings().get(0).message()).startsWith("No EOIR ID is given for the attorney");
        }

        @Test
        void attachedEoir28OrG28SilencesTheWarningWhateverItsSpelling() {
            for (String name : List.of("Lopez E-28.pdf", "eoir28_signed.pdf", "G 28.pdf", "EOIR-28 notice.PDF")) {
                CaseFile c = withoutEoirId().addDocument(doc(name, "application/pdf")).build();
                assertThat(check(c).findings()).as(name).isEmpty();
            }
        }

        @Test
        void reasonsSayingTheEoir28IsOnFileSilenceTheWarning() {
            CaseFile c = withoutEoirId().reasons(aCase().build().reasons() + " An EOIR-28 is on file.").build();

            assertThat(check(c).findings()).isEmpty();
        }

        @Test
        void formNumberInsideAnotherWordIsNoSignOfAnEoir28() {
            CaseFile c = withoutEoirId().addDocument(doc("page-28.pdf", "application/pdf")).build();

            assertThat(codes(check(c))).containsExactly("NO_EOIR_28");
        }

        @Test
        void reasonsThatTouchNoOplaFactorWarn() {
            ComplianceReport report = check(aCase().reasons("She is a good person. Please help her.").build());

            assertThat(codes(report)).containsExactly("NO_FACTOR");
            assertThat(report.factors()).noneMatch(FactorCoverage::addressed);
        }

        @Test
        void criminalHistoryWithoutMitigationWarns() {
            CaseFile c = aCase().criminalHistory(CriminalHistory.of(List.of(
                    "2016-05-02 DUI, Fulton County, GA: convicted, 12 months probation"))).build();

            ComplianceReport report = check(c);

            assertThat(codes(report)).containsExactly("CRIMINAL_HISTORY_WITHOUT_MITIGATION");
            assertThat(report.warnings().get(0).message()).startsWith("The criminal history lists 1 entry, but");
        }

        @Test
        void rehabilitationInTheReasonsAnswersTheCriminalHistory() {
            CaseFile c = aCase().criminalHistory(CriminalHistory.of(List.of(
                            "2016-05-02 DUI, Fulton County, GA: convicted", "2017-01-09 driving without a license")))
                    .reasons(aCase().build().reasons() + " She completed probation in 2018 and has been sober since.")
                    .build();

            assertThat(check(c).findings()).isEmpty();
        }

        @Test
        void mitigationInAnEntryItselfCounts() {
            CaseFile c = aCase().criminalHistory(CriminalHistory.of(List.of(
                    "2014 shoplifting, DeKalb County, GA: charge dismissed"))).build();

            assertThat(check(c).findings()).isEmpty();
        }

        @Test
        void hearingLessThanThirtyDaysAwayWarns() {
            ComplianceReport report = check(withHearing(LocalDate.of(2027, 2, 20)));

            assertThat(codes(report)).containsExactly("HEARING_SOON");
            assertThat(report.warnings().get(0).message()).startsWith("The next hearing is on February 20, 2027,"
                    + " 19 days from today. There may not be time for OPLA Atlanta — Stewart to answer: ask at"
                    + " least 30 days ahead");
        }

        @Test
        void hearingThirtyDaysAwayDoesNotWarn() {
            assertThat(check(withHearing(LocalDate.of(2027, 3, 3))).findings()).isEmpty();
        }

        @Test
        void chicagoWarnsSixtyDaysAheadAsItsOfficeRuleSays() {
            CaseFile c = aCase().court("Chicago").detained(false).facility(null).build();

            ComplianceReport report = checker().check(c, office("CHI"), BODY, NOT_BUILT);

            assertThat(codes(report)).containsExactly("HEARING_SOON");
            assertThat(report.warnings().get(0).message()).contains("42 days from today", "at least 60 days ahead");
        }
    }

    @Test
    void blockingFindingsComeBeforeWarnings() {
        CaseFile c = withoutEoirId().nextHearing(new Hearing(LocalDate.of(2026, 12, 1), null, null)).build();

        ComplianceReport report = checker().check(c, anOffice(), "", NOT_BUILT);

        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly("HEARING_PAST", "BODY_EMPTY", "NO_EOIR_28");
    }

    @Test
    void partsNeededRoundsUpUnderTheOfficeLimit() {
        Office small = withRules(anOffice(), null, 1.0, null, null);

        assertThat(checker().partsNeeded(0, small)).isEqualTo(1);
        assertThat(checker().partsNeeded(MB, small)).isEqualTo(1);
        assertThat(checker().partsNeeded(MB + 1, small)).isEqualTo(2);
        assertThat(checker().partsNeeded(45 * MB, anOffice())).isEqualTo(3);
        assertThatThrownBy(() -> checker().partsNeeded(-1, small)).isInstanceOf(IllegalArgumentException.class);
    }

    static ComplianceReport check(CaseFile c) {
        return checker().check(c, anOffice(), BODY, NOT_BUILT);
    }

    static List<String> codes(ComplianceReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    private static CaseFile withHearing(LocalDate date) {
        return aCase().nextHearing(new Hearing(date, LocalTime.of(9, 0), "Master")).build();
    }

    private static CaseFile withDocument(String name, String type) {
        return aCase().addDocument(doc(name, type)).build();
    }

    private static CaseFile.Builder withoutEoirId() {
        return aCase().attorney(new Attorney("Jane Doe", null, "jdoe@clinic.example.org", "404-555-0100"));
    }

    private static SupportingDocument doc(String name, String type) {
        return new SupportingDocument(name, type, Path.of("unused-" + name), 10_000);
    }
}
