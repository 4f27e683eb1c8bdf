package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    @Test
    void mimeEntryMatchesTheContentTypeIgnoringCaseAndParameters() {
        assertThat(AttachmentTypes.accepts(List.of("application/pdf"), "Application/PDF; name=x", "x.bin")).isTrue();
        assertThat(AttachmentTypes.accepts(List.of("application/pdf"), "image/jpeg", "x.pdf")).isFalse();
    }

    @Test
    void extensionEntryMatchesTheFileNameWithOrWithoutItsDot() {
        assertThat(AttachmentTypes.accepts(List.of(".pdf"), null, "Exhibit A.PDF")).isTrue();
        assertThat(AttachmentTypes.accepts(List.of("pdf"), "application/octet-stream", "exhibit.pdf")).isTrue();
        assertThat(AttachmentTypes.accepts(List.of("pdf"), "application/pdf", "exhibit-pdf")).isFalse();
    }

    @Test
    void wildcardCoversEverySubtype() {
        assertThat(AttachmentTypes.accepts(List.of("image/*"), "image/heic", "photo.heic")).isTrue();
        assertThat(AttachmentTypes.accepts(List.of("image/*"), "application/pdf", "photo.pdf")).isFalse();
    }

    @Test
    void entriesAreDescribedAsAPersonSaysThem() {
        assertThat(AttachmentTypes.describe(List.of("application/pdf", ".pdf", "image/jpeg", "png", ".tif")))
                .isEqualTo("PDF, JPEG, PNG, .tif");
    }

    @Test
    void documentKindIsNamedFromItsTypeOrElseItsExtension() {
        assertThat(AttachmentTypes.kindOf(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "letter.docx"))
                .isEqualTo("Word document");
        assertThat(AttachmentTypes.kindOf("application/octet-stream", "scan.heic")).isEqualTo(".heic");
        assertThat(AttachmentTypes.kindOf(null, "notes")).isEqualTo("unknown type");
    }

    @Test
    void malformedEntriesAreExplained() {
        assertThat(AttachmentTypes.problem("application/pdf")).isEmpty();
        assertThat(AttachmentTypes.problem(".pdf")).isEmpty();
        assertThat(AttachmentTypes.problem(" ")).contains("an empty entry");
        assertThat(AttachmentTypes.problem("pdf files")).isPresent();
    }
}
