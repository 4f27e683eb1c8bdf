package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML bodies to lines: labels must survive every way mail clients write them. */
class HtmlToTextTest {

    private static java.util.List<String> lines(String html) {
        return HtmlToText.convert(html).lines().toList();
    }

    @Test
    void outlookBoldLabelParagraphsBecomeLabelValueLines() {
        String html = """
                <p class=MsoNormal><b><span style='font-size:11pt'>Name:</span></b><span> Maria Lopez<o:p></o:p></span></p>
                <p class=MsoNormal><b>A-Number:</b>&nbsp;A 201-555-001</p>
                <p><b>Court:</b>Atlanta</p>""";

        assertThat(lines(html)).containsExactly("Name: Maria Lopez", "A-Number: A 201-555-001", "Court: Atlanta");
    }

    @Test
    void brSeparatedLinesStaySeparate() {
        assertThat(lines("<div>Name: Maria Lopez<br>Court: Atlanta<br/>PD type: Dismissal</div>"))
                .containsExactly("Name: Maria Lopez", "Court: Atlanta", "PD type: Dismissal");
    }

    @Test
    void twoColumnTableRowsBecomeLabelValueLinesWithOrWithoutAColon() {
        String html = """
                <table><tbody>
                <tr><td>Name</td><td>Maria Lopez</td></tr>
                <tr><th>A-Number:</th><td><p class=MsoNormal>A 201-555-001</p></td></tr>
                <tr><td><b>Reasons</b></td><td><p>Lived here since 2009.</p><p>Three children.</p></td></tr>
                <tr><td>Country</td><td></td></tr>
                </tbody></table>""";

        assertThat(lines(html)).containsExactly("Name: Maria Lopez", "A-Number: A 201-555-001",
                "Reasons: Lived here since 2009. Three children.", "Country:");
    }

    @Test
    void layoutTablesAroundTheBodyAreNotTakenForLabels() {
        String html = "<table><tr><td><table><tr><td>Name</td><td>Maria Lopez</td></tr></table></td>"
                + "<td>sidebar</td></tr></table>";

        assertThat(lines(html)).containsExactly("Name: Maria Lopez", "sidebar");
    }

    @Test
    void scriptsStylesAndHeadAreDropped() {
        String html = "<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<script>alert('Name: x')</script><p>Name: Maria</p><!-- Court: hidden --></body></html>";

        assertThat(lines(html)).containsExactly("Name: Maria");
    }

    @Test
    void blockquotesBecomeQuotedLines() {
        String html = "<div>New text</div><div class=gmail_attr>On Mon, Rosa wrote:<br></div>"
                + "<blockquote class=gmail_quote><div>Name: Old</div><blockquote>Court: Older</blockquote></blockquote>";

        assertThat(lines(html)).containsExactly("New text", "On Mon, Rosa wrote:", "> Name: Old", "> > Court: Older");
    }

    @Test
    void listsAndRulesKeepTheirLines() {
        assertThat(lines("<p>Criminal history:</p><ul><li>2015 DUI</li><li>2018 fine</li></ul><hr><p>x</p>"))
                .containsExactly("Criminal history:", "- 2015 DUI", "- 2018 fine", "________________________________", "x");
    }
}
