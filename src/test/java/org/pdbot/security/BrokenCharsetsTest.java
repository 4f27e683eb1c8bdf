package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;

/**
 * 8-bit text, wrong and unknown charsets (src/test/resources/hostile/mail/charset-*.eml): a name reaches OPLA
 * spelled right, or the sender is asked; never with characters lost.
 */
class BrokenCharsetsTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            charset-8bit-utf8-undeclared.eml          | SENT       | A301-000-040
            charset-latin1-declared-as-utf8.eml       | SENT       | A301-000-041
            charset-unknown.eml                       | NEEDS_INFO | declares an unknown charset 'x-klingon'
            charset-utf7-script.eml                   | NEEDS_INFO | declares an unknown charset 'utf-7'
            charset-utf16-base64.eml                  | SENT       | A301-000-044
            charset-8bit-raw-utf8-headers.eml         | SENT       | A301-000-045
            charset-broken-encoded-words.eml          | SENT       | A301-000-046
            charset-name-with-control-characters.eml  | NEEDS_INFO | declares an unknown charset 'utf-8???'
            """)
    void mailInABrokenCharsetEndsInOneOutcome(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliver(file);
        expected.check(bot, intake, evidence);
    }

    @Test
    @Order(2)
    void accentedNamesReachOplaIntactWhateverTheLabel() {
        for (String aNumber : new String[] {"A301-000-040", "A301-000-041", "A301-000-044"}) {
            assertThat(HostileBot.subject(bot.awaitRequestFor(aNumber))).contains("NÚÑEZ, José").doesNotContain("\uFFFD");
        }
    }

    @Test
    @Order(3)
    void rawUtf8SubjectIsReadAsUtf8() {
        assertThat(bot.intakes()).anySatisfy(i -> assertThat(i.subject()).isEqualTo("Caso de José Núñez — urgente"));
    }
}
