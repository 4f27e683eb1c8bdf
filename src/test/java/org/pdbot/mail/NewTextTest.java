package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewTextTest {

    @Test
    void gmailQuoteAndItsAttributionAreCut() {
        String body = "We will join.\n\nOn Wed, Nov 4, 2026 at 9:12 AM Clinic <pd@clinic.test> wrote:\n\n"
                + "> Dear Chief Counsel:\n> we request that OPLA dismiss\n";

        assertThat(NewText.of(body)).isEqualTo("We will join.");
    }

    @Test
    void aTwoLineAttributionIsCut() {
        String body = "Agreed.\n\nOn Wed, Nov 4, 2026 at 9:12 AM Atlanta Immigrant Justice Clinic <\n"
                + "pd@clinic.test> wrote:\n> quoted\n";

        assertThat(NewText.of(body)).isEqualTo("Agreed.");
    }

    @Test
    void everythingBelowAnOutlookHeaderBlockIsCut() {
        String body = "DHS does not oppose.\n\nFrom: Clinic <pd@clinic.test>\nSent: Wednesday, November 4, 2026\n"
                + "To: OPLA\nSubject: PD Request\n\nDear Chief Counsel:\nPlease dismiss.\n";

        assertThat(NewText.of(body)).isEqualTo("DHS does not oppose.");
    }

    @Test
    void everythingBelowOriginalMessageOrAnUnderscoreRuleIsCut() {
        assertThat(NewText.of("Declined.\n-----Original Message-----\nFrom: x\nrequest text")).isEqualTo("Declined.");
        assertThat(NewText.of("Declined.\n________________________________\nrequest text")).isEqualTo("Declined.");
    }

    @Test
    void theSignatureAndMobileFootersAreCut() {
        assertThat(NewText.of("Received.\n\n-- \nRahul Patel\nOPLA Atlanta")).isEqualTo("Received.");
        assertThat(NewText.of("Received.\n\nSent from my iPhone\n\nrequest")).isEqualTo("Received.");
    }

    @Test
    void anAnswerWrittenBetweenQuotedLinesIsKept() {
        String body = "See below.\n\nOn Wed, Nov 4, 2026 Clinic wrote:\n> Next hearing: 03/15/2027\n\n"
                + "It was reset. Please send the new notice.\n\n> Ref: PDB-1A2B3C4D-5E6F\n";

        assertThat(NewText.of(body)).isEqualTo("See below.\n\nIt was reset. Please send the new notice.");
    }

    @Test
    void anUnquotedHistoryBelowAnAttributionIsCut() {
        String body = "We decline.\n\nOn Wed, Nov 4, 2026 Clinic wrote:\nDear Chief Counsel: we request that OPLA agree.";

        assertThat(NewText.of(body)).isEqualTo("We decline.");
    }

    @Test
    void anHtmlOutlookReplyLosesItsQuotedRequest() {
        String html = "<html><body><p class=MsoNormal>OPLA agrees.<o:p></o:p></p>"
                + "<div style='border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Clinic<br>"
                + "<b>Sent:</b> Wednesday<br><b>To:</b> OPLA<br><b>Subject:</b> PD Request</p></div>"
                + "<p class=MsoNormal>Dear Chief Counsel: please dismiss.</p></body></html>";

        assertThat(NewText.of(org.pdbot.casefile.HtmlToText.convert(html))).isEqualTo("OPLA agrees.");
    }

    @Test
    void aGmailHtmlBlockquoteIsAQuote() {
        String html = "<div dir=ltr>Received, thank you.</div><br><div class=gmail_quote><div>On Wed, Nov 4, 2026 "
                + "Clinic &lt;pd@clinic.test&gt; wrote:<br></div><blockquote>Dear Chief Counsel:<br>Ref: PDB-1A2B3C4D-5E6F"
                + "</blockquote></div>";

        assertThat(NewText.of(org.pdbot.casefile.HtmlToText.convert(html))).isEqualTo("Received, thank you.");
    }

    @Test
    void noTextGivesAnEmptyString() {
        assertThat(NewText.of(null)).isEmpty();
        assertThat(NewText.of("\n\n> only a quote\n")).isEmpty();
    }
}
