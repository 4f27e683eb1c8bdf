package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.CaseFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.render.CaseFixtures.aCase;

class NeedsInfoRendererTest {

    private final NeedsInfoRenderer renderer = new NeedsInfoRenderer(CaseFixtures.templates());

    @Test
    void replyListsTheProblemsWhatWasReadAndHowToFixThem() {
        CaseFile c = aCase().dateOfBirth(null).criminalHistory(null).build();

        NeedsInfoReply reply = renderer.render("New PD case: Maria Lopez", c, List.of(
                "Date of birth '31/31/1990' is not a date",
                "Criminal history is not stated: list arrests and convictions, or say there are none"));

        assertThat(reply.subject()).isEqualTo("Re: New PD case: Maria Lopez");
        assertThat(reply.text())
                .contains("  - Date of birth '31/31/1990' is not a date")
                .contains("  - Criminal history is not stated")
                .contains("  - A-Number A###-###-#78")
                .contains("  - Found: Name, A-Number, Country")
                .contains("  - 2 supporting documents")
                .contains("\"Label: value\"")
                .contains("send the whole case again");
    }

    @Test
    void replyBodyShowsOnlyTheMaskedANumberAndNoOtherValues() {
        NeedsInfoReply reply = renderer.render("Maria Lopez A012345678", aCase().build(),
                List.of("Office is unknown"));

        assertThat(reply.text())
                .doesNotContain("012-345-678").doesNotContain("012345678")
                .doesNotContain("Lopez").doesNotContain("Guatemala").doesNotContain("07/04/1988");
    }

    @Test
    void aReplySubjectIsNotPrefixedTwice() {
        assertThat(renderer.render("RE: case for Maria", aCase().build(), List.of("x")).subject())
                .isEqualTo("RE: case for Maria");
    }

    @Test
    void anEmptyCaseAndNoSubjectStillGiveAReply() {
        NeedsInfoReply reply = renderer.render(null, CaseFile.builder().build(), List.of("A-Number is missing"));

        assertThat(reply.subject()).isEqualTo("Re: your PD case");
        assertThat(reply.text()).contains("  - A-Number is missing").contains("  - no case details")
                .contains("  - no supporting documents").doesNotContain("A###");
    }

    @Test
    void lineBreaksInTheOriginalSubjectDoNotReachTheReplySubject() {
        NeedsInfoReply reply = renderer.render("case\r\nBcc: x@example.com", aCase().build(), List.of("x"));

        assertThat(reply.subject()).isEqualTo("Re: case Bcc: x@example.com");
    }
}
