package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Choosing the case block in a body: forwards of every client, quoted history, signatures. */
class CaseTextTest {

    private static String caseOf(String body) {
        return CaseText.choose(CaseText.segments(body));
    }

    private static final String CASE = """
            Name: Maria Lopez
            A-Number: A 201-555-001
            Court: Atlanta""";

    @Test
    void outlookPlainForwardAfterOriginalMessageMarkerLosesItsHeader() {
        String body = """
                Please file this one.

                -----Original Message-----
                From: Dana Whitfield <dwhitfield@clinic.test>
                Sent: Tuesday, November 3, 2026 3:18 PM
                To: Rosa Alvarez <paralegal@clinic.test>
                Subject: Lopez

                """ + CASE;

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void outlookForwardUnderAnUnderscoreRuleLosesItsHeader() {
        String body = "FYI\r\n\r\n________________________________\r\nFrom: Dana <d@clinic.test>\r\n"
                + "Sent: Tuesday, November 3, 2026 3:18 PM\r\nTo: Rosa <r@clinic.test>\r\nCc: x@clinic.test\r\n"
                + "Subject: FW: Lopez\r\n\r\n" + CASE.replace("\n", "\r\n") + "\r\n";

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void outlookHeaderBlockWithoutAMarkerIsRecognised() {
        String body = "see below\n\nFrom: Dana <d@clinic.test>\nSent: Tuesday, November 3, 2026\nTo: Rosa\n"
                + "Subject: Lopez\n\n" + CASE;

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void outlookChainKeepsTheNewestCaseEvenWithoutQuoting() {
        String body = """
                ---------- Forwarded message ---------
                From: Marcus <m@clinic.test>
                Date: Tue, Nov 10, 2026
                Subject: Re: Lopez

                Name: Maria Lopez
                A-Number: A 201-555-001
                Court: Varick

                From: Rosa <r@clinic.test>
                Sent: Monday, November 9, 2026 11:15 AM
                To: Marcus <m@clinic.test>
                Subject: Lopez

                Name: Maria Lopez
                A-Number: A 201-555-999
                Court: Newark
                """;

        assertThat(caseOf(body)).contains("Court: Varick").doesNotContain("555-999", "Newark", "From:");
    }

    @Test
    void gmailAttributionWrappedOverTwoLinesStartsTheHistory() {
        String body = CASE + "\n\nOn Mon, Nov 9, 2026 at 11:15 AM Rosa Alvarez <\nparalegal@clinic.test> wrote:\n\n"
                + "> Name: Old Name\n> A-Number: A 201-555-999\n";

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void historyIsUsedWhenItIsTheOnlyPlaceWithACase() {
        String body = "Can you submit this?\n\nOn Mon, Nov 9, 2026 at 11:15 AM Rosa wrote:\n> " + CASE.replace("\n", "\n> ");

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void nestedQuoteMarkersAreStrippedAtAnyDepth() {
        String body = "fyi\n\n>> > ---------- Forwarded message ---------\n>> > From: x@clinic.test\n"
                + ">> > Subject: case\n>> >\n>> > " + CASE.replace("\n", "\n>> > ") + "\n";

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void trailingQuotedBlockOfAReplyIsIgnored() {
        String body = CASE + "\n\n> Name: Someone Else\n> A-Number: A 201-555-999\n> Court: Newark\n";

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void signatureIsDroppedButTheForwardBelowItIsNot() {
        String body = "Please submit\n-- \nRosa Alvarez\nName: Rosa's signature line\nCourt: not a case\n\n"
                + "Begin forwarded message:\n\nFrom: Dana <d@clinic.test>\nSubject: Lopez\nDate: November 5, 2026\n"
                + "To: Rosa <r@clinic.test>\n\n" + CASE + "\n\n-- \nDana Whitfield\nStaff Attorney\n";

        assertThat(caseOf(body)).isEqualTo(CASE);
    }

    @Test
    void gmailPlainTextBoldLabelsReadAsLabels() {
        String body = "*Name:* Maria Lopez\n*A-Number*: A 201-555-001\n*Court:* Atlanta\n*important* note";

        assertThat(caseOf(body).lines()).containsExactly("Name: Maria Lopez", "A-Number: A 201-555-001",
                "Court: Atlanta", "*important* note");
    }

    @Test
    void caseBlockNeedsTwoCaseLabels() {
        assertThat(new CaseText.Segment(java.util.List.of("Name: X", "Country: Peru"), false).isCase()).isFalse();
        assertThat(new CaseText.Segment(java.util.List.of("client name: X", "A#: 201555001"), false).isCase()).isTrue();
        assertThat(new CaseText.Segment(java.util.List.of("Alien number 201555001", "PD TYPE: dismissal"), false)
                .isCase()).isTrue();
    }

    @Test
    void withoutAnyCaseBlockTheNewTextIsKeptForTheParserToReport() {
        String body = "Please help Maria, she is detained at Stewart.\n\nOn Mon, Rosa wrote:\n> old text\n";

        assertThat(caseOf(body)).isEqualTo("Please help Maria, she is detained at Stewart.");
    }

    @Test
    void hugeQuoteDepthDoesNotOverflowTheStack() {
        String body = ">".repeat(5000) + " " + CASE.replace("\n", "\n" + ">".repeat(5000) + " ");

        assertThat(caseOf(body)).isEqualTo(CASE);
    }
}
