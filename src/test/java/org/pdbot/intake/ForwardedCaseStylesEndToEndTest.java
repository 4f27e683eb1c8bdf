package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/**
 * Each way clinic staff send a case (src/test/resources/intake/README.md) reaches the right OPLA mailbox
 * with the case's own identifiers and documents.
 */
class ForwardedCaseStylesEndToEndTest {

    @TempDir
    static Path data;

    static RunningBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = RunningBot.start(data);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            direct-plain.eml          | ICE-OPLA-ATL-PD@ice.dhs.gov      | A201-555-001 | LOPEZ     | NON-DETAINED | Lopez - hardship declaration.pdf
            gmail-forward.eml         | ICE-OPLA-HOU-PD@ice.dhs.gov      | A201-555-002 | RUIZ      | NON-DETAINED | Mendoza_I-130_receipt.pdf
            outlook-forward-html.eml  | ICE-OPLA-NEW-PD@ice.dhs.gov      | A201-555-003 | SOUZA     | NON-DETAINED | Souza Rutgers transcript.pdf
            html-table.eml            | ICE-OPLA-SFR-PD@ice.dhs.gov      | A201-555-004 | CHEN      | NON-DETAINED | Chen_U-visa_certification.pdf
            apple-forward.eml         | ICE-OPLA-CHI-PD@ice.dhs.gov      | A201-555-005 | DIALLO    | NON-DETAINED | Diallo asylum receipt.pdf
            quoted-forward.eml        | ICE-OPLA-NEW-ELZ-PD@ice.dhs.gov  | A201-555-006 | PETRENKO  | DETAINED     | Petrenko marriage certificate.pdf
            forward-as-attachment.eml | ICE-OPLA-SEA-TAC-PD@ice.dhs.gov  | A201-555-007 | OKAFOR    | DETAINED     | Okafor RN license.pdf
            latin1-qp.eml             | ICE-OPLA-SND-OTM-PD@ice.dhs.gov  | A201-555-008 | NÚÑEZ     | DETAINED     | Nunez_birth_certificates.pdf
            rfc2231-filename.eml      | ICE-OPLA-MIA-KSPC-PD@ice.dhs.gov | A201-555-009 | MARTINEZ  | DETAINED     | Declaración de apoyo — María.pdf
            thread-newest-wins.eml    | ICE-OPLA-NYC-VRK-PD@ice.dhs.gov  | A201-555-010 | TESFAYE   | NON-DETAINED | Tesfaye change of venue order.pdf
            reply-history.eml         | ICE-OPLA-ATL-SDC-PD@ice.dhs.gov  | A201-555-011 | MENSAH    | DETAINED     | Mensah business license.pdf
            """)
    void forwardedCaseArrivesAtItsOfficeWithItsDocuments(String fixture, String office, String aNumber, String lastName,
                                                         String custody, String firstDocument) throws Exception {
        bot.sendToInbox("paralegal@clinic.test", Path.of("src/test/resources/intake", fixture));

        MimeMessage request = bot.awaitInbox(office, 1).get(0);
        assertThat(request.getSubject()).startsWith("Request for prosecutorial discretion – ").contains(aNumber)
                .contains(lastName);
        if (custody.equals("DETAINED")) {
            assertThat(request.getSubject()).endsWith(" – DETAINED");
        } else {
            assertThat(request.getSubject()).doesNotContain("DETAINED");
        }
        assertThat(MailParts.textOf(request)).contains("A-Number:            " + aNumber)
                .contains("Ref: PDB-");
        assertThat(MailParts.attachmentNames(request)).singleElement().asString()   // not the whole A-number
                .matches("PD-request-([A-Z0-9]+-)+" + aNumber.substring(aNumber.length() - 3) + "\\.pdf");
        assertThat(MailParts.pdfBookmarks(request)).startsWith("Letter", "Exhibit 1 – " + firstDocument);
        assertThat(bot.inbox(office)).hasSize(1);
    }
}
