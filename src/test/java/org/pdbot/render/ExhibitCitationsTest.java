package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.SupportingDocument;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExhibitCitationsTest {

    private static SupportingDocument doc(String file, String title) {
        return new SupportingDocument(file, "application/pdf", Path.of(file), 1, title, LocalDate.of(2024, 5, 1));
    }

    private final ExhibitCitations citations = new ExhibitCitations(List.of(
            doc("a.pdf", "I-130 approval notice"), doc("b.pdf", "Birth certificates of the children"),
            doc("tax_returns_2019-2023.pdf", null)));

    @Test
    void aPassageNamingADocumentCitesItsExhibit() {
        assertThat(citations.cite("USCIS approved his I-130 petition in 2024.")).isEqualTo("See Ex. 1.");
        assertThat(citations.cite("Their birth certificate shows... and his tax returns too.")).isEqualTo("See Exs. 2, 3.");
        assertThat(citations.inline("I-130, approved")).isEqualTo("(Ex. 1)");
    }

    @Test
    void aPassageNamingNoDocumentCitesNothing() {
        assertThat(citations.cite("He coaches a youth soccer team.")).isNull();
        assertThat(citations.cite("He filed an I-589 in 2017.")).isNull();
    }

    @Test
    void anExhibitWithoutATitleIsDescribedByItsCleanedFileName() {
        assertThat(ExhibitCitations.description(doc("tax_returns_2019-2023.pdf", null))).isEqualTo("Tax returns 2019-2023");
        assertThat(ExhibitCitations.description(doc("Lopez - hardship declaration.pdf", null)))
                .isEqualTo("Lopez - hardship declaration");
        assertThat(ExhibitCitations.description(doc("x.pdf", "  Marriage certificate "))).isEqualTo("Marriage certificate");
    }
}
