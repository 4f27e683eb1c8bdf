package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sender's attachment name is shown, never used as a path: no traversal, no header or log injection. */
class AttachmentFileNamePathTraversalTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `="../../etc/cron.d/evil.pdf"`                        | evil.pdf
            `="..\\\\..\\\\Windows\\\\evil.pdf"`                  | evil.pdf
            `="/etc/passwd"`                                      | passwd
            `=".."`                                               | attachment.pdf
            `="=?UTF-8?B?Li4vLi4vb3V0c2lkZS5wZGY=?="`             | outside.pdf
            `*=UTF-8''..%2F..%2Fencoded.pdf`                     | encoded.pdf
            `*=UTF-8''report%0D%0ABcc%3A%20x%40evil.test.pdf`    | reportBcc: x@evil.test.pdf
            `*=UTF-8''invoice%E2%80%AEfdp.exe`                   | invoicefdp.exe
            """)
    void senderFileNameNeverChoosesWhereTheFileIsWritten(String filenameParameter, String shown) throws Exception {
        Path attachments = root.resolve("inbox").resolve("attachments");
        String mime = "From: paralegal@clinic.test\nTo: intake@clinic.test\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=mix\n\n--mix\nContent-Type: text/plain\n\nName: X\n--mix\n"
                + "Content-Type: application/pdf\nContent-Disposition: attachment; filename" + filenameParameter + "\n"
                + "Content-Transfer-Encoding: base64\n\n" + Base64.getEncoder().encodeToString("%PDF-1.4".getBytes())
                + "\n--mix--\n";

        MailContent content = new MailContentExtractor(attachments, 1_000_000).extract(IntakeMail.parse(mime));

        assertThat(content.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.fileName()).isEqualTo(shown);
            assertThat(doc.file().getParent()).isEqualTo(attachments);
            assertThat(doc.file().getFileName().toString()).matches("doc-\\d+\\.[a-z0-9]{1,8}");
        });
        try (var all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).containsExactly(content.documents().get(0).file());
        }
    }
}
