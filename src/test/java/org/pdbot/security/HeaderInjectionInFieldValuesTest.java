package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.security.HtmlAndScriptInFieldValuesTest.assertPrinted;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.store.IntakeRecord;

/**
 * The attack: a case file's values carry line breaks ("Lopez\r\nBcc: attacker@evil.test") that, written into a
 * header, would add recipients or headers to the mail to OPLA. Inputs: src/test/resources/hostile/files/field-*,
 * dropped in the drop folder (JSON and YAML can hold any character). The raw outgoing mail in the sandbox shows
 * only the headers and recipients pdbot chose.
 */
class HeaderInjectionInFieldValuesTest extends OneBotPerClass {

    @Order(1)
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            field-name-crlf-bcc.json                | SENT       | A302-000-001
            field-attorney-email-crlf-bcc.json      | SENT       | A302-000-002
            field-attorney-email-two-addresses.json | SENT       | A302-000-003
            field-court-crlf-to.json                | NEEDS_INFO | matches no OPLA office
            field-control-and-bidi-characters.json  | SENT       | A302-000-005
            field-html-and-template.yaml            | SENT       | A302-000-006
            """)
    void lineBreaksInValuesNeverBecomeHeaders(String file, Expected expected, String evidence) throws Exception {
        IntakeRecord intake = bot.deliverCorpusFile(file);
        expected.checkFile(bot, intake, evidence);
        if (expected == Expected.SENT) {
            MimeMessage request = bot.awaitRequestFor(evidence);
            HostileBot.assertNoInjectedHeaders(request);
            assertThat(request.getAllRecipients()).extracting(Object::toString)
                    .containsExactly(HostileBot.STEWART, HostileBot.ATTORNEY);
            assertThat(HostileBot.rawHeaders(request)).doesNotContainPattern("(?m)^X-Injected")
                    .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        }
    }

    @Test
    @Order(2)
    void nameWithLineBreaksIsOneLineOfTheSubject() throws Exception {
        String subject = HostileBot.subject(bot.awaitRequestFor("A302-000-001"));
        assertThat(subject).doesNotContain("\r").doesNotContain("\n").contains("Maria Lopez Bcc:");
    }

    @Test
    @Order(3)
    void controlAndBidiCharactersAreDropped() throws Exception {
        MimeMessage request = bot.awaitRequestFor("A302-000-005");
        assertThat(HostileBot.subject(request)).contains("LOPEZ, Maria Elena[2J").doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
        assertThat(Rendered.pdfText(request)).doesNotContainPattern("[\\u202A-\\u202E\\u2066-\\u2069\\x00\\x07\\x08\\x1B]");
    }

    @Test
    @Order(4)
    void markupAndTemplateSyntaxFromACaseFileArePrinted() throws Exception {
        MimeMessage request = bot.awaitRequestFor("A302-000-006");
        assertPrinted(Rendered.pdfText(request), "Maria <i>${7*7777}</i> Lopez", "<script>alert(1)</script>Guatemala",
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")} </p><h1>GRANTED</h1>");
        assertThat(Rendered.html(request)).contains("Maria &lt;i&gt;${7*7777}&lt;/i&gt; Lopez").doesNotContain("<script");
    }
}
