package org.pdbot.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.CaseFixtures.render;

/** Values from an intake are data: they never run as template code or markup, nor break a header. */
class TemplateInjectionTest {

    @Test
    void freemarkerSyntaxInReasonsIsPrintedLiterally() {
        RenderedRequest r = render(aCase()
                .reasons("She has lived here since 2009 ${7*7} <#assign x = 1>${x} ${\"a\"?upper_case}.").build());

        assertThat(r.text()).contains("${7*7} <#assign x = 1>${x} ${\"a\"?upper_case}").doesNotContain("49");
        assertThat(r.html()).contains("${7*7} &lt;#assign x = 1&gt;${x}");
    }

    @Test
    void freemarkerSyntaxInTheNameDoesNotRunInTheSubject() {
        RenderedRequest r = render(aCase().name("Maria ${7*7}").build());

        assertThat(r.subject()).contains("${7*7}").doesNotContain("49");
    }

    @Test
    void scriptInReasonsIsEscapedInHtml() {
        RenderedRequest r = render(aCase()
                .reasons("She has lived here since 2009. <script>alert('x')</script> <b>bold</b>").build());

        assertThat(r.html())
                .doesNotContain("<script>")
                .doesNotContain("<b>bold</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(r.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void crlfInTheNameDoesNotReachTheSubject() {
        RenderedRequest r = render(aCase().name("Maria\r\nBcc: attacker@example.com\r\n\r\nLopez").build());

        assertThat(r.subject()).doesNotContain("\r").doesNotContain("\n")
                .matches("[^\\p{Cntrl}]*")
                .startsWith("Request for prosecutorial discretion – ").contains(" – A012-345-678");
    }

    @Test
    void controlCharactersInTheOfficeSubjectFormatOutputAreCollapsed() {
        var office = CaseFixtures.anOfficeWithSubjectFormat("PD\r\n${aNumber}\t\u0000${nameLastFirst}\u2028end");

        RenderedRequest r = CaseFixtures.renderer().render(aCase().build(), office, "REF", CaseFixtures.TODAY);

        assertThat(r.subject()).isEqualTo("PD A012-345-678 LOPEZ, Maria end");
    }

    @Test
    void anOverlongSubjectIsCutTo250Characters() {
        RenderedRequest r = render(aCase().name("Maria " + "Longname".repeat(60)).build());

        assertThat(r.subject()).hasSizeLessThanOrEqualTo(250).endsWith("…");
    }
}
