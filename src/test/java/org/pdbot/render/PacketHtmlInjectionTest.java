package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.ExhibitFiles.imagesOnPage;
import static org.pdbot.render.PacketBuilderTest.letterText;
import static org.pdbot.render.PacketBuilderTest.oneLine;
import static org.pdbot.render.PacketFixtures.build;

/** Values from an intake are data in the letter too: markup prints as text, template code never runs. */
class PacketHtmlInjectionTest {

    @TempDir
    Path dir;

    @Test
    void scriptTagInReasonsPrintsAsText() {
        Packet packet = build(aCase().reasons(
                "She has lived here since 2009. <script>alert('x')</script> <b>bold</b>").build(), dir);

        assertThat(oneLine(letterText(packet))).contains("<script>alert('x')</script> <b>bold</b>");
    }

    @Test
    void imgTagPointingAtEtcPasswdPrintsAsTextAndLoadsNothing() {
        Packet packet = build(aCase().name("Maria <img src=\"file:///etc/passwd\"> Lopez")
                .reasons("She has lived here since 2009. <img src=\"file:///etc/passwd\">").build(), dir);

        String letter = oneLine(letterText(packet));
        assertThat(letter).contains("Maria <img src=\"file:///etc/passwd\"> Lopez")
                .contains("since 2009. <img src=\"file:///etc/passwd\">")
                .doesNotContain("root:x:0:0");
        for (int p = 1; p <= packet.sections().get(0).pageCount(); p++) {
            assertThat(imagesOnPage(packet.file(), p)).isZero();
        }
    }

    @Test
    void freemarkerSyntaxInAFieldPrintsAndDoesNotRun() {
        Packet packet = build(aCase().reasons("She has lived here since 2009 ${7*7} <#assign x = 1>.")
                .country("${clinic.name}").build(), dir);

        String letter = oneLine(letterText(packet));
        assertThat(letter).contains("${7*7} <#assign x = 1>").contains("citizen of ${clinic.name}")
                .doesNotContain("49");
    }

    @Test
    void markupInAnExhibitFileNamePrintsAsTextInTheIndexAndBookmark() {
        var exhibit = ExhibitFiles.pdf(dir, "a.pdf", "A", 1);
        var renamed = new org.pdbot.casefile.SupportingDocument("<i>passport</i>&amp;.pdf", "application/pdf",
                exhibit.file(), exhibit.size());

        Packet packet = build(aCase().documents(List.of(renamed)).build(), dir);

        assertThat(oneLine(letterText(packet))).contains("1 <i>passport</i>&amp; –");
        assertThat(packet.sections().get(1).title()).isEqualTo("Exhibit 1 – <i>passport</i>&amp;.pdf");
    }
}
