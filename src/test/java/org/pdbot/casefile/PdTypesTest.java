package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.casefile.PdType.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdTypesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            joint motion to dismiss                                   | DISMISS
            dismissal                                                 | DISMISS
            Dismiss without prejudice under 8 C.F.R. § 1239.2(c)      | DISMISS
            terminate                                                 | TERMINATE
            Termination of proceedings                                | TERMINATE
            administrative closure                                    | ADMIN_CLOSE
            admin close                                               | ADMIN_CLOSE
            Please administratively close the case                    | ADMIN_CLOSE
            join motion to recalendar and terminate                   | RECALENDAR_TERMINATE
            Join the motion to re-calendar and dismiss                | RECALENDAR_TERMINATE
            continuance                                               | CONTINUANCE
            agree to continue the hearing                             | CONTINUANCE
            stipulate to relief                                       | STIP_RELIEF
            stipulation to cancellation of removal                    | STIP_RELIEF
            bond reduction                                            | STIP_BOND
            stipulate to bond                                         | STIP_BOND
            please lower bond                                         | STIP_BOND
            please ask OPLA to join our motion to reopen              | JOIN_MTR
            JMTR                                                      | JOIN_MTR
            waive appeal                                              | NO_APPEAL
            ask DHS not to appeal the grant                           | NO_APPEAL
            not file the NTA                                          | NO_NTA
            cancel the NTA                                            | NO_NTA
            please do not file the Notice to Appear                   | NO_NTA
            """)
    void everydayPhrasesMapToTheirCode(String words, PdType expected) {
        assertThat(PdTypes.parse(words)).containsExactly(expected);
    }

    @Test
    void alternativesKeepTheirOrderOfPreference() {
        assertThat(PdTypes.parse("dismissal; in the alternative, administrative closure"))
                .containsExactly(DISMISS, ADMIN_CLOSE);
        assertThat(PdTypes.parse("Administrative closure, or if OPLA prefers, a joint motion to dismiss"))
                .containsExactly(ADMIN_CLOSE, DISMISS);
    }

    @Test
    void recalendarAndTerminateIsNotAlsoTerminate() {
        assertThat(PdTypes.parse("join motion to recalendar and terminate")).containsExactly(RECALENDAR_TERMINATE);
    }

    @Test
    void exactCodesAreRead() {
        assertThat(PdTypes.parse("DISMISS, ADMIN_CLOSE")).containsExactly(DISMISS, ADMIN_CLOSE);
        assertThat(PdTypes.parse("RECALENDAR_TERMINATE")).containsExactly(RECALENDAR_TERMINATE);
        assertThat(PdTypes.parse("STIP_BOND; NO_NTA; NO_APPEAL; JOIN_MTR; STIP_RELIEF; CONTINUANCE; TERMINATE"))
                .containsExactly(STIP_BOND, NO_NTA, NO_APPEAL, JOIN_MTR, STIP_RELIEF, CONTINUANCE, TERMINATE);
        assertThat(PdTypes.parse("OTHER")).containsExactly(OTHER);
    }

    @Test
    void aRequestNamedTwiceIsListedOnce() {
        assertThat(PdTypes.parse("dismissal, and failing dismissal, administrative closure; DISMISS"))
                .containsExactly(DISMISS, ADMIN_CLOSE);
    }

    @Test
    void theWordOtherIsNotTheCodeOther() {
        assertThat(PdTypes.parse("dismissal or other relief")).containsExactly(DISMISS);
    }

    @Test
    void unrecognisedWordsAreOther() {
        assertThat(PdTypes.parse("deferred action, please")).containsExactly(OTHER);
    }

    @Test
    void blankTextNamesNothing() {
        assertThat(PdTypes.parse("  ")).isEmpty();
        assertThat(PdTypes.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            join a motion to reopen and then dismiss                                   | JOIN_MTR DISMISS         | AND_THEN
            Join motion to reopen; upon reopening, joint motion to dismiss            | JOIN_MTR DISMISS         | AND_THEN
            non-opposition to our motion to reopen, followed by dismissal             | JOIN_MTR DISMISS         | AND_THEN
            agree to reopen and terminate                                             | JOIN_MTR TERMINATE       | AND_THEN
            not oppose reopening and then terminate                                   | JOIN_MTR TERMINATE       | AND_THEN
            stipulate to relief and waive appeal                                      | STIP_RELIEF NO_APPEAL    | AND_THEN
            Stipulate to cancellation of removal under INA 240A(b)(1); waive appeal   | STIP_RELIEF NO_APPEAL    | AND_THEN
            dismissal; in the alternative, administrative closure                     | DISMISS ADMIN_CLOSE      | ALTERNATIVE
            Dismiss. Alternatively, agree to continue the case                        | DISMISS CONTINUANCE      | ALTERNATIVE
            termination; failing that, a continuance                                  | TERMINATE CONTINUANCE    | ALTERNATIVE
            Administrative closure, or if OPLA prefers, a joint motion to dismiss     | ADMIN_CLOSE DISMISS      | ALTERNATIVE
            Joint motion to dismiss. If OPLA declines, please agree to admin closure  | DISMISS ADMIN_CLOSE      | ALTERNATIVE
            dismiss; if not, terminate                                                | DISMISS TERMINATE        | ALTERNATIVE
            DISMISS, ADMIN_CLOSE                                                      | DISMISS ADMIN_CLOSE      | ALTERNATIVE
            """)
    void eachLaterTypeCarriesItsRelationToTheOneBefore(String words, String types, PdRelation relation) {
        PdTypes.Reading r = PdTypes.read(words);

        assertThat(r.types()).map(Enum::name).containsExactly(types.split(" "));
        assertThat(r.relations()).containsExactly(PdRelation.PRIMARY, relation);
    }

    @Test
    void aSequenceThenAnAlternativeKeepsBothRelations() {
        PdTypes.Reading r = PdTypes.read("join the motion to reopen and then, upon reopening, dismiss; "
                + "in the alternative, terminate");

        assertThat(r.types()).containsExactly(JOIN_MTR, DISMISS, TERMINATE);
        assertThat(r.relations()).containsExactly(PdRelation.PRIMARY, PdRelation.AND_THEN, PdRelation.ALTERNATIVE);
    }

    @Test
    void aSecondRequestSharingTheVerbIsNotDropped() {
        assertThat(PdTypes.parse("stipulation to bond and relief")).containsExactly(STIP_BOND, STIP_RELIEF);
        assertThat(PdTypes.parse("stipulate to asylum and to a bond of $5,000")).containsExactly(STIP_RELIEF, STIP_BOND);
        assertThat(PdTypes.parse("stipulate to relief or bond")).containsExactly(STIP_RELIEF, STIP_BOND);
    }

    @Test
    void bondAmountsWrittenInTheRequestAreKept() {
        assertThat(PdTypes.read("stipulate to bond of $1,500").bondAmount()).isEqualTo("$1,500");
        assertThat(PdTypes.read("agree to a bond of $3,000").bondAmount()).isEqualTo("$3,000");
        assertThat(PdTypes.read("release on a $2,000 bond").bondAmount()).isEqualTo("$2,000");
        assertThat(PdTypes.read("stipulate to bond").bondAmount()).isNull();
    }

    @Test
    void theReliefAndStatuteOfAStipulationAreKept() {
        assertThat(PdTypes.read("stipulation to cancellation of removal under INA 240A(b)(1)").reliefSought())
                .isEqualTo("cancellation of removal under INA 240A(b)(1)");
        assertThat(PdTypes.read("stipulate to asylum under INA § 208 and waive appeal").reliefSought())
                .isEqualTo("asylum under INA § 208");
        assertThat(PdTypes.read("stipulate to relief").reliefSought()).isNull();
    }

    @Test
    void partsThatNameNoTypeAreReportedNotDropped() {
        assertThat(PdTypes.read("motion to dismiss and a stay of removal").unread()).containsExactly("stay of removal");
        assertThat(PdTypes.read("Joint motion to dismiss without prejudice under 8 C.F.R. § 1239.2(c); in the "
                + "alternative, deferred action").unread()).containsExactly("deferred action");
        assertThat(PdTypes.read("deferred action, please").unread()).containsExactly("deferred action");
    }

    @Test
    void framingWordsAroundARequestAreNotUnread() {
        assertThat(PdTypes.read("We respectfully ask that OPLA agree to join our motion to reopen the in absentia "
                + "order and then dismiss the case without prejudice").unread()).isEmpty();
        assertThat(PdTypes.read("Administrative closure, or if OPLA prefers, a joint motion to dismiss").unread())
                .isEmpty();
    }

    @Test
    void whyADismissalIsAskedForIsItsPurposeNotAnUnreadRequest() {
        PdTypes.Reading r = PdTypes.read("joint motion to dismiss without prejudice so that she can pursue "
                + "adjustment of status before USCIS");

        assertThat(r.types()).containsExactly(DISMISS);
        assertThat(r.unread()).isEmpty();
        assertThat(r.purpose()).isEqualTo("so that she can pursue adjustment of status before USCIS");
    }

    @Test
    void aReasonGivenForTheRequestIsNeitherUnreadNorItsPurpose() {
        PdTypes.Reading r = PdTypes.read("dismissal because she has an approved I-130 and no criminal record");

        assertThat(r.unread()).isEmpty();
        assertThat(r.purpose()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            OPLA's agreement to a joint motion to administratively close proceedings while her I-130 is pending
            Non-opposition to a continuance of the individual hearing
            Stipulation that Ms. Ruiz is eligible for cancellation of removal under INA 240A(b) and that DHS will waive appeal
            Agree to bond in the amount of $2,500 and not appeal the IJ's bond decision
            terminate the proceedings so she can proceed with her I-485 before USCIS; in the alternative continue the case 6 months
            Ask ICE to cancel the NTA before it is filed with the court
            admin closure pending adjudication of her U visa petition
            Dismissal of proceedings pursuant to 8 CFR 1239.2(c)(1); alternatively, that DHS not oppose termination
            We respectfully request that OPLA exercise its prosecutorial discretion by joining a motion to dismiss these proceedings without prejudice.
            """)
    void everydayWordingAroundRequestsLeavesNothingUnread(String words) {
        PdTypes.Reading r = PdTypes.read(words);

        assertThat(r.types()).doesNotContain(OTHER);
        assertThat(r.unread()).isEmpty();
    }
}
