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
}
