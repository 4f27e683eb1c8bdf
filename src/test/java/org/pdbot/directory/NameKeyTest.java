package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseSpacingAndPunctuationDoNotMatter() {
        assertThat(NameKey.of("  STEWART ")).isEqualTo("stewart");
        assertThat(NameKey.of("Atlanta — Stewart")).isEqualTo(NameKey.of("atlanta stewart"));
        assertThat(NameKey.of("LaSalle (Jena)")).isEqualTo("lasalle jena");
        assertThat(NameKey.of("U.S. Virgin Islands")).isEqualTo(NameKey.of("US Virgin Islands"));
    }

    @Test
    void streetAndItsAbbreviationAreTheSame() {
        assertThat(NameKey.of("Varick St.")).isEqualTo(NameKey.of("Varick Street"));
        assertThat(NameKey.of("Ft. Snelling")).isEqualTo(NameKey.of("Fort Snelling"));
    }

    @Test
    void kindOfPlaceIsDropped() {
        assertThat(NameKey.of("Stewart Immigration Court")).isEqualTo("stewart");
        assertThat(NameKey.of("Stewart Detention Center")).isEqualTo("stewart");
        assertThat(NameKey.of("Krome Service Processing Center")).isEqualTo("krome");
        assertThat(NameKey.of("Krome SPC")).isEqualTo("krome");
        assertThat(NameKey.of("South Texas ICE Processing Center")).isEqualTo("south texas");
        assertThat(NameKey.of("Montgomery Processing Center")).isEqualTo("montgomery");
        assertThat(NameKey.of("Aurora Contract Detention Facility")).isEqualTo("aurora");
        assertThat(NameKey.of("El Paso SPC Immigration Court")).isEqualTo("el paso");
    }

    @Test
    void leadingTheAndTrailingStateAreDropped() {
        assertThat(NameKey.of("the Atlanta Immigration Court, GA")).isEqualTo("atlanta");
        assertThat(NameKey.of("Atlanta, Georgia")).isEqualTo("atlanta");
        assertThat(NameKey.of("Washington, D.C.")).isEqualTo("washington");
    }

    @Test
    void aNameThatIsOnlyAKindOfPlaceIsKept() {
        assertThat(NameKey.of("Immigration Court")).isEqualTo("immigration court");
        assertThat(NameKey.of("The")).isEqualTo("the");
    }

    @Test
    void misspellingsStayDifferent() {
        assertThat(NameKey.of("Stuart")).isNotEqualTo(NameKey.of("Stewart"));
        assertThat(NameKey.of("Buffalo Federal Detention Facility")).isNotEqualTo(NameKey.of("Buffalo"));
    }

    @Test
    void nothingGivesTheEmptyKey() {
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("  ")).isEmpty();
    }
}
