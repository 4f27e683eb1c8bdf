package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pdbot.store.IntakeRecord;

/**
 * Markup typed into case values (src/test/resources/hostile/mail/html-*.eml) is text: OPLA reads it literally in
 * the letter PDF and sees it escaped in the HTML body, never as a tag, a link or a script.
 */
class HtmlAndScriptInFieldValuesTest extends OneBotPerClass {

    @Test
    @Order(1)
    void scriptAndEventHandlersArePrintedNotRun() throws Exception {
        IntakeRecord intake = bot.deliver("html-script-in-values.eml");
        Expected.SENT.check(bot, intake, "A301-000-070");
        MimeMessage request = bot.awaitRequestFor("A301-000-070");

        String html = Rendered.html(request);
        assertThat(html).contains("Maria &lt;b onmouseover=alert(1)&gt;Elena&lt;/b&gt; Lopez")
                .doesNotContain("<b onmouseover").doesNotContain("<script").doesNotContain("<img src=x");
        assertPrinted(Rendered.pdfText(request), "Maria <b onmouseover=alert(1)>Elena</b> Lopez",
                "<script>alert('pdbot')</script>");
    }

    @Test
    @Order(2)
    void markupThatClosesTheTemplatesTagsStaysInsideItsValue() throws Exception {
        IntakeRecord intake = bot.deliver("html-markup-breakout-in-values.eml");
        Expected.SENT.check(bot, intake, "A301-000-071");
        MimeMessage request = bot.awaitRequestFor("A301-000-071");

        String html = Rendered.html(request);
        assertThat(html).contains("Guatemala&quot;&gt;&lt;a href=&quot;javascript:alert(3)&quot;&gt;click&lt;/a&gt;")
                .doesNotContain("<a href=\"javascript");
        assertPrinted(Rendered.pdfText(request), "</td></tr></table></p><h1>APPROVED BY OPLA</h1><!-- ]]>",
                "&lt;i&gt;kept&lt;/i&gt; &amp; &#x41; <![CDATA[x]]>", "Guatemala\"><a href=\"javascript:alert(3)\">click</a>");
    }

    /** Each literal appears in the PDF's text; line wrapping may put a break anywhere, so spaces do not count. */
    static void assertPrinted(String pdfText, String... literals) {
        String text = pdfText.replaceAll("\\s+", "");
        for (String literal : literals) {
            assertThat(text).contains(literal.replaceAll("\\s+", ""));
        }
    }
}
