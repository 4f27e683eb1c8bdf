package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intake fixtures of src/test/resources/intake, one per mail style, read end to end. */
class MailContentExtractorTest {

    private static final long LIMIT = 25L * 1024 * 1024;

    @TempDir
    Path attachments;

    private MailContent extract(String fixture) throws Exception {
        return new MailContentExtractor(attachments, LIMIT).extract(IntakeMail.fixture(fixture));
    }

    private static List<String> lines(MailContent content) {
        return content.caseText().lines().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            direct-plain.eml          | Maria Lopez         | A 201-555-001 | Atlanta       | Dismissal              | 1
            gmail-forward.eml         | Carlos Mendoza Ruiz | A 201-555-002 | Houston       | Administrative closure | 1
            outlook-forward-html.eml  | Ana Beatriz Souza   | A 201-555-003 | Newark        | Termination            | 1
            html-table.eml            | Wei Chen            | A 201-555-004 | San Francisco | Dismissal              | 1
            apple-forward.eml         | Fatou Diallo        | A 201-555-005 | Chicago       | Administrative closure | 1
            quoted-forward.eml        | Oleksandr Petrenko  | A 201-555-006 | Elizabeth     | Stipulation to bond    | 1
            forward-as-attachment.eml | Ngozi Okafor        | A 201-555-007 | Tacoma        | Termination            | 1
            latin1-qp.eml             | José Núñez          | A 201-555-008 | Otay Mesa     | Dismissal              | 1
            rfc2231-filename.eml      | Rosa Martinez       | A 201-555-009 | Krome         | Stipulation to bond    | 2
            thread-newest-wins.eml    | Samuel Tesfaye      | A 201-555-010 | Varick        | Dismissal              | 1
            reply-history.eml         | Kwame Mensah        | A 201-555-011 | Stewart       | Dismissal              | 1
            """)
    void everyFixtureYieldsItsCaseAsLabelledLinesAndItsPdfs(String fixture, String name, String aNumber, String court,
                                                           String pdType, int documents) throws Exception {
        MimeMessage message = IntakeMail.fixture(fixture);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).endsWith("@clinic.test");
        assertThat(message.getRecipients(MimeMessage.RecipientType.TO)[0].toString()).contains("intake@clinic.test");
        assertThat(message.getMessageID()).isNotBlank();

        MailContent content = new MailContentExtractor(attachments, LIMIT).extract(message);

        assertThat(content.problems()).isEmpty();
        assertThat(lines(content)).contains("Name: " + name, "A-Number: " + aNumber, "Court: " + court,
                "PD type: " + pdType);
        assertThat(lines(content)).anyMatch(l -> l.matches("Criminal history: \\S.*"));
        assertThat(lines(content)).anyMatch(l -> l.matches("Next hearing: 2027-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        assertThat(lines(content)).anyMatch(l -> l.matches("Attorney email: \\w+@clinic\\.test"));
        assertThat(lines(content)).filteredOn(l -> l.startsWith("Reasons: ")).singleElement()
                .satisfies(l -> assertThat(l.length()).isGreaterThan(120));
        assertThat(lines(content)).noneMatch(l -> l.matches("(?i)(from|to|subject|sent|date):.*"));
        assertThat(content.caseText()).doesNotContain("\r", ">");

        assertThat(content.documents()).hasSize(documents).allSatisfy(doc -> {
            assertThat(doc.contentType()).isEqualTo("application/pdf");
            assertThat(doc.fileName()).endsWith(".pdf");
            assertThat(doc.file()).exists().hasParent(attachments);
            assertThat(Files.size(doc.file())).isEqualTo(doc.size());
            assertThat(Files.readString(doc.file(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-1.4").endsWith("%%EOF\n");
        });
    }

    @Test
    void directPlainKeepsTheBodyAndDropsTheSignature() throws Exception {
        MailContent content = extract("direct-plain.eml");

        assertThat(lines(content)).startsWith("Hello intake team,").contains("Detained: No", "Country: Guatemala",
                "Date of birth: 1988-04-12", "EOIR ID: DW482913", "Attorney: Dana Whitfield");
        assertThat(content.caseText()).doesNotContain("Paralegal", "(404) 555-0100").endsWith("Rosa");
        assertThat(content.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.fileName()).isEqualTo("Lopez - hardship declaration.pdf");
            assertThat(doc.size()).isBetween(400L, 2_000L);
        });
    }

    @Test
    void gmailForwardYieldsTheForwardedCaseWithoutTheForwarderNote() throws Exception {
        MailContent content = extract("gmail-forward.eml");

        assertThat(lines(content).get(0)).isEqualTo("Name: Carlos Mendoza Ruiz");
        assertThat(content.caseText()).doesNotContain("FYI", "Forwarded message", "From:", "Subject:", "Jordan");
        assertThat(content.documents()).extracting(SupportingDocument::fileName)
                .containsExactly("Mendoza_I-130_receipt.pdf");
    }

    @Test
    void outlookHtmlForwardReadsBoldLabelsAndSkipsHeaderStylesAndScripts() throws Exception {
        MailContent content = extract("outlook-forward-html.eml");

        assertThat(lines(content)).contains("Name: Ana Beatriz Souza", "Detained: No", "Hearing type: Master calendar",
                "Leah, here is the intake for Ms. Souza.");
        assertThat(content.caseText()).doesNotContain("FYI", "From:", "Sent:", "Subject:", "Not A Client",
                "font-family", "MsoNormal", "\u00a0");
    }

    @Test
    void htmlTableRowsBecomeLabelValueLinesEvenWithoutAColon() throws Exception {
        MailContent content = extract("html-table.eml");

        // odd rows of the fixture's table have "Label:" cells, even rows bare "Label" cells
        assertThat(lines(content)).contains("Name: Wei Chen", "A-Number: A 201-555-004", "Date of birth: 1985-01-30",
                "Country: China", "EOIR ID: MB771204");
        assertThat(content.caseText()).doesNotContain("\t", "::", "font-family");
    }

    @Test
    void appleForwardJoinsFlowedLinesSoTheReasonsStayOnOneLine() throws Exception {
        MailContent content = extract("apple-forward.eml");

        assertThat(lines(content).get(0)).isEqualTo("Name: Fatou Diallo");
        assertThat(lines(content)).contains("Reasons: Ms. Diallo has lived in Chicago since 2014 and has a pending "
                + "asylum application with USCIS. She works as a home health aide, volunteers at her mosque, and cares "
                + "for her U.S. citizen niece.",
                "Criminal history: 2016 retail theft (Cook County), dismissed");
        assertThat(content.caseText()).doesNotContain("Begin forwarded message", "Sending this on");
        assertThat(content.documents()).extracting(SupportingDocument::fileName).containsExactly("Diallo asylum receipt.pdf");
    }

    @Test
    void quotedForwardIsTakenWhenItIsTheOnlyCase() throws Exception {
        MailContent content = extract("quoted-forward.eml");

        assertThat(lines(content).get(0)).isEqualTo("Name: Oleksandr Petrenko");
        assertThat(lines(content)).contains("Detention facility: Elizabeth Detention Center");
        assertThat(content.caseText()).doesNotContain("Please see below", "Forwarded message", "From:");
    }

    @Test
    void caseForwardedAsAttachmentUsesTheAttachedMessageAndItsDocuments() throws Exception {
        MailContent content = extract("forward-as-attachment.eml");

        assertThat(lines(content)).contains("Name: Ngozi Okafor", "Detention facility: Northwest ICE Processing Center");
        assertThat(content.caseText()).doesNotContain("FYI", "Rosa Alvarez");
        assertThat(content.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.fileName()).isEqualTo("Okafor RN license.pdf");
            assertThat(doc.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void latin1QuotedPrintableKeepsTheAccents() throws Exception {
        MailContent content = extract("latin1-qp.eml");

        assertThat(lines(content)).contains("Name: José Núñez", "Buenos días,");
        assertThat(content.caseText()).contains("El señor Núñez").doesNotContain("\ufffd", "=E9");
    }

    @Test
    void rfc2231AndRfc2047FileNamesAreDecoded() throws Exception {
        MailContent content = extract("rfc2231-filename.eml");

        assertThat(content.documents()).extracting(SupportingDocument::fileName)
                .containsExactly("Declaración de apoyo — María.pdf", "Carta de la iglesia – San José.pdf");
        assertThat(content.documents()).allSatisfy(doc ->
                assertThat(doc.file().getFileName().toString()).matches("doc-\\d+\\.pdf"));
    }

    @Test
    void newestCaseBlockOfAForwardedThreadWins() throws Exception {
        MailContent content = extract("thread-newest-wins.eml");

        assertThat(lines(content)).contains("Court: Varick", "PD type: Dismissal", "Next hearing: 2027-04-21 10:00");
        assertThat(content.caseText()).doesNotContain("201-555-910", "Newark", "Continuance", "2027-02-01",
                "wrote:", "Please submit the corrected version");
    }

    @Test
    void quotedReplyHistoryAndTheSignatureAreIgnored() throws Exception {
        MailContent content = extract("reply-history.eml");

        assertThat(lines(content)).contains("A-Number: A 201-555-011", "Court: Stewart", "Detained: Yes");
        assertThat(content.caseText()).doesNotContain("201-555-911", "Court: Atlanta", "Administrative closure",
                "Old draft", "wrote:", "Supervising Attorney", "none of this is legal advice");
    }
}
