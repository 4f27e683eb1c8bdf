package org.pdbot.mail;

import org.pdbot.testing.ReplyMail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyHeadersTest {

    @Test
    void inReplyToComesFirstThenReferencesInOrderEachOnce() {
        var mail = ReplyMail.reply("In-Reply-To: <b@x>\nReferences: <a@x>\n <b@x>  <c@x>\n", "x");

        assertThat(ReplyHeaders.threadIds(mail)).containsExactly("<b@x>", "<a@x>", "<c@x>");
    }

    @Test
    void idsWithoutAngleBracketsAreBracketedAndJunkIsSkipped() {
        var mail = ReplyMail.reply("In-Reply-To: pdbot.1.2@clinic.test (the request)\nReferences: <no-at-sign>\n", "x");

        assertThat(ReplyHeaders.threadIds(mail)).containsExactly("<pdbot.1.2@clinic.test>");
    }

    @Test
    void aFloodOfReferencesIsCapped() {
        StringBuilder refs = new StringBuilder("References:");
        for (int i = 0; i < 500; i++) {
            refs.append(" <id").append(i).append("@x>");
        }
        assertThat(ReplyHeaders.threadIds(ReplyMail.reply(refs + "\n", "x"))).hasSize(ReplyHeaders.MAX_IDS);
    }

    @Test
    void noThreadHeadersGiveNoIds() {
        assertThat(ReplyHeaders.threadIds(ReplyMail.reply("", "x"))).isEmpty();
    }

    @Test
    void theMarkerIsFoundAsAWholeTokenInAnyCase() {
        assertThat(ReplyHeaders.referenceMarker("> Ref: pdb-1a2b3c4d-5e6f\n")).contains("PDB-1A2B3C4D-5E6F");
        assertThat(ReplyHeaders.referenceMarker("XPDB-1A2B3C4D-5E6F")).isEmpty();
        assertThat(ReplyHeaders.referenceMarker("PDB-1A2B3C4D-5E6F7")).isEmpty();
        assertThat(ReplyHeaders.referenceMarker((String) null)).isEmpty();
    }

    @Test
    void theMarkerIsFoundInAnHtmlQuote() {
        var mail = ReplyMail.parse("""
                From: x@ice.dhs.gov
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <p>Agreed.</p><blockquote>Dear Chief Counsel<br>Ref: PDB-1A2B3C4D-5E6F</blockquote>
                """);

        assertThat(ReplyHeaders.referenceMarker(mail)).isEqualTo(Optional.of("PDB-1A2B3C4D-5E6F"));
    }
}
