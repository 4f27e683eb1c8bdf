package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charsets, transfer encodings, MIME nesting and attachment handling, on small hand-written messages. */
class MailContentExtractorMimeTest {

    private static final String CASE = "Name: Maria Lopez\nA-Number: A 201-555-001\nCourt: Atlanta\n";

    @TempDir
    Path attachments;

    private MailContent extract(String mime) throws Exception {
        return extract(mime, 25L * 1024 * 1024);
    }

    private MailContent extract(String mime, long limit) throws Exception {
        return new MailContentExtractor(attachments, limit).extract(IntakeMail.parse(mime));
    }

    private static String headers(String contentType) {
        return "From: paralegal@clinic.test\nTo: intake@clinic.test\nSubject: case\nMessage-ID: <t@clinic.test>\n"
                + "MIME-Version: 1.0\nContent-Type: " + contentType + "\n";
    }

    private static String b64(byte[] bytes) {
        return Base64.getMimeEncoder().encodeToString(bytes);
    }

    private static String pdfPart(String name) {
        return "Content-Type: application/pdf; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\""
                + name + "\"\nContent-Transfer-Encoding: base64\n\n" + b64("%PDF-1.4 tiny".getBytes()) + "\n";
    }

    @Test
    void base64Utf8BodyIsDecoded() throws Exception {
        String body = CASE.replace("Maria Lopez", "Zoë Ñandú");
        MailContent content = extract(headers("text/plain; charset=UTF-8")
                + "Content-Transfer-Encoding: base64\n\n" + b64(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(content.caseText().lines()).contains("Name: Zoë Ñandú");
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void windows1252EightBitBodyIsDecoded() throws Exception {
        byte[] body = (headers("text/plain; charset=windows-1252") + "Content-Transfer-Encoding: 8bit\n\n"
                + CASE + "Reasons: “twenty” years – working\n").getBytes(Charset.forName("windows-1252"));
        MailContent content = new MailContentExtractor(attachments, 1000).extract(IntakeMail.parse(body));

        assertThat(content.caseText()).contains("Reasons: “twenty” years – working");
    }

    @Test
    void iso88591LabelReadsWindows1252Punctuation() throws Exception {
        byte[] body = (headers("text/plain; charset=iso-8859-1") + "\n" + CASE + "Reasons: it’s true\n")
                .getBytes(Charset.forName("windows-1252"));
        MailContent content = new MailContentExtractor(attachments, 1000).extract(IntakeMail.parse(body));

        assertThat(content.caseText()).contains("Reasons: it’s true");
    }

    @Test
    void unknownCharsetFallsBackToUtf8WithAProblem() throws Exception {
        byte[] body = (headers("text/plain; charset=x-klingon-1") + "Content-Transfer-Encoding: 8bit\n\n"
                + CASE.replace("Maria", "María")).getBytes(StandardCharsets.UTF_8);
        MailContent content = new MailContentExtractor(attachments, 1000).extract(IntakeMail.parse(body));

        assertThat(content.caseText()).contains("Name: María Lopez");
        assertThat(content.problems()).containsExactly(
                "The message text declares an unknown charset 'x-klingon-1'; it was read as UTF-8");
    }

    @Test
    void invalidCharsetNameFallsBackToWindows1252WithAProblem() throws Exception {
        byte[] body = (headers("text/plain; charset=\"utf 8?!\"") + "\n" + CASE.replace("Maria", "María"))
                .getBytes(StandardCharsets.ISO_8859_1);
        MailContent content = new MailContentExtractor(attachments, 1000).extract(IntakeMail.parse(body));

        assertThat(content.caseText()).contains("Name: María Lopez");
        assertThat(content.problems()).singleElement().asString().contains("unknown charset", "windows-1252");
    }

    @Test
    void unknownTransferEncodingIsReadAsSentWithAProblem() throws Exception {
        MailContent content = extract(headers("text/plain; charset=UTF-8")
                + "Content-Transfer-Encoding: x-rot13\n\n" + CASE);

        assertThat(content.caseText().lines()).contains("Name: Maria Lopez");
        assertThat(content.problems()).containsExactly(
                "A text part could not be decoded from its transfer encoding; it was read as sent");
    }

    @Test
    void textPlainIsPreferredOverHtml() throws Exception {
        MailContent content = extract(headers("multipart/alternative; boundary=alt") + "\n--alt\n"
                + "Content-Type: text/plain\n\n" + CASE + "\n--alt\nContent-Type: text/html\n\n"
                + "<p>Name: Other Person</p><p>A-Number: A 201-555-999</p><p>Court: Krome</p>\n--alt--\n");

        assertThat(content.caseText()).contains("Name: Maria Lopez").doesNotContain("Other Person");
    }

    @Test
    void htmlInsideRelatedIsUsedWhenThereIsNoPlainText() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\n"
                + "Content-Type: multipart/alternative; boundary=alt\n\n--alt\n"
                + "Content-Type: multipart/related; boundary=rel\n\n--rel\n"
                + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "<p><b>Name:</b> Maria Lopez</p><p><b>A-Number:</b>=C2=A0A 201-555-001</p><p><b>Court:</b> Atlanta</p>\n"
                + "--rel\nContent-Type: image/png; name=\"image001.png\"\nContent-Disposition: inline; "
                + "filename=\"image001.png\"\nContent-ID: <image001.png@01DA>\nContent-Transfer-Encoding: base64\n\n"
                + b64(new byte[] {(byte) 0x89, 'P', 'N', 'G'}) + "\n--rel--\n\n--alt--\n\n--mix\n"
                + pdfPart("exhibit.pdf") + "--mix--\n");

        assertThat(content.caseText().lines()).containsExactly("Name: Maria Lopez", "A-Number: A 201-555-001",
                "Court: Atlanta");
        assertThat(content.documents()).extracting(SupportingDocument::fileName, SupportingDocument::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("image001.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("exhibit.pdf", "application/pdf"));
    }

    @Test
    void documentsInsideTheAlternativeNotTakenAreStillKept() throws Exception {
        // Apple Mail puts attachments inside the HTML branch of multipart/alternative
        MailContent content = extract(headers("multipart/alternative; boundary=alt") + "\n--alt\n"
                + "Content-Type: text/plain\n\n" + CASE + "\n--alt\n"
                + "Content-Type: multipart/mixed; boundary=mix\n\n--mix\nContent-Type: text/html\n\n<p>Name: Maria Lopez</p>\n"
                + "--mix\n" + pdfPart("letter.pdf") + "--mix--\n\n--alt--\n");

        assertThat(content.caseText()).isEqualTo(CASE.strip());
        assertThat(content.documents()).extracting(SupportingDocument::fileName).containsExactly("letter.pdf");
    }

    @Test
    void duplicateAttachmentNamesAreBothKept() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\n" + pdfPart("scan.pdf") + "--mix\n" + pdfPart("scan.pdf") + "--mix--\n");

        assertThat(content.documents()).hasSize(2).extracting(SupportingDocument::fileName).containsOnly("scan.pdf");
        assertThat(content.documents().get(0).file()).isNotEqualTo(content.documents().get(1).file());
        assertThat(content.documents()).allSatisfy(doc -> assertThat(doc.file()).exists());
    }

    @Test
    void contentTypeIsLowerCaseWithoutParametersAndANamelessPartGetsAName() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\nContent-Type: Application/PDF; Name=\"Scan.PDF\"\nContent-Transfer-Encoding: base64\n\n"
                + b64("%PDF-1.4".getBytes()) + "\n--mix\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n"
                + b64(new byte[] {(byte) 0xff, (byte) 0xd8}) + "\n--mix--\n");

        assertThat(content.documents()).extracting(SupportingDocument::fileName, SupportingDocument::contentType,
                        SupportingDocument::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Scan.PDF", "application/pdf", 8L),
                        org.assertj.core.groups.Tuple.tuple("attachment.jpg", "image/jpeg", 2L));
    }

    @Test
    void textAttachmentIsADocumentNotTheBody() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\nContent-Type: text/plain; name=notes.txt\nContent-Disposition: attachment; "
                + "filename=notes.txt\n\nName: Not The Client\nCourt: Nowhere\n--mix--\n");

        assertThat(content.caseText()).doesNotContain("Not The Client");
        assertThat(content.documents()).extracting(SupportingDocument::fileName, SupportingDocument::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notes.txt", "text/plain"));
    }

    @Test
    void attachmentOverTheLimitIsNotKeptAndSaysHowLargeItWas() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\n" + "Content-Type: application/pdf\nContent-Disposition: attachment; "
                + "filename=big.pdf\nContent-Transfer-Encoding: base64\n\n" + b64(big) + "\n--mix\n"
                + pdfPart("small.pdf") + "--mix--\n", 1024 * 1024);

        assertThat(content.problems()).containsExactly("Attachment 'big.pdf' is 3 MB, over the 1 MB limit");
        assertThat(content.documents()).extracting(SupportingDocument::fileName).containsExactly("small.pdf");
        try (var files = Files.list(attachments)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void attachmentThatCannotBeDecodedAddsAProblemAndExtractionGoesOn() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=broken.pdf\n"
                + "Content-Transfer-Encoding: x-compressed\n\nQUJD\n--mix\n" + pdfPart("good.pdf") + "--mix--\n");

        assertThat(content.problems()).containsExactly("Attachment 'broken.pdf' could not be decoded and was not kept");
        assertThat(content.documents()).extracting(SupportingDocument::fileName).containsExactly("good.pdf");
        assertThat(content.caseText()).contains("Name: Maria Lopez");
        try (var files = Files.list(attachments)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void messageWithoutTextSaysSo() throws Exception {
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\n" + pdfPart("only.pdf")
                + "--mix--\n");

        assertThat(content.caseText()).isEmpty();
        assertThat(content.problems()).containsExactly("The message has no readable text");
        assertThat(content.documents()).hasSize(1);
    }

    @Test
    void blankBodySaysThereIsNoReadableText() throws Exception {
        MailContent content = extract(headers("text/html") + "\n<html><body><p>&nbsp;</p><script>x()</script></body></html>\n");

        assertThat(content.caseText()).isEmpty();
        assertThat(content.problems()).containsExactly("The message has no readable text");
    }

    @Test
    void deepNestingStopsAtTheCapWithAProblemInsteadOfOverflowing() throws Exception {
        StringBuilder mime = new StringBuilder(headers("multipart/mixed; boundary=b0") + "\n");
        int levels = 500;
        for (int i = 1; i < levels; i++) {
            mime.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=b").append(i).append("\n\n");
        }
        mime.append("--b").append(levels - 1).append("\nContent-Type: text/plain\n\n").append(CASE).append('\n');
        for (int i = levels - 1; i >= 0; i--) {
            mime.append("--b").append(i).append("--\n");
        }
        MailContent content = extract(mime.toString());

        assertThat(content.problems()).containsExactly(
                "The message is nested more than 20 levels deep; deeper parts were skipped",
                "The message has no readable text");
    }

    @Test
    void nestingJustUnderTheCapIsRead() throws Exception {
        StringBuilder mime = new StringBuilder(headers("multipart/mixed; boundary=b0") + "\n");
        int levels = 15;
        for (int i = 1; i < levels; i++) {
            mime.append("--b").append(i - 1).append("\nContent-Type: multipart/related; boundary=b").append(i).append("\n\n");
        }
        mime.append("--b").append(levels - 1).append("\nContent-Type: text/plain\n\n").append(CASE).append('\n');
        for (int i = levels - 1; i >= 0; i--) {
            mime.append("--b").append(i).append("--\n");
        }
        MailContent content = extract(mime.toString());

        assertThat(content.caseText()).isEqualTo(CASE.strip());
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void oddAttachedMessageDoesNotHideTheCaseAboveIt() throws Exception {
        // Angus ignores a transfer encoding on message/rfc822 and reads the bytes as they are
        MailContent content = extract(headers("multipart/mixed; boundary=mix") + "\n--mix\nContent-Type: text/plain\n\n"
                + CASE + "\n--mix\nContent-Type: message/rfc822\nContent-Transfer-Encoding: x-nope\n\nFrom: x\n\nbody\n"
                + "--mix--\n");

        assertThat(content.caseText()).contains("Name: Maria Lopez");
        assertThat(content.caseText()).doesNotContain("body");
    }
}
