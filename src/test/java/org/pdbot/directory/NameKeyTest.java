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

    @Test
    void abbreviationsAreWrittenOut() {
        assertThat(NameKey.of("Houston S. Gessner Rd.")).isEqualTo(NameKey.of("Houston South Gessner Road"));
        assertThat(NameKey.of("Van Nuys Blvd")).isEqualTo("van nuys boulevard");
        assertThat(NameKey.of("Krome Det. Ctr.")).isEqualTo("krome");
        assertThat(NameKey.of("Otay Mesa DC")).isEqualTo("otay mesa");
        assertThat(NameKey.of("Aurora CDF")).isEqualTo("aurora");
        assertThat(NameKey.of("St. Paul")).isEqualTo("saint paul");
        assertThat(NameKey.of("Washington DC")).isEqualTo("washington dc");
    }

    @Test
    void accentsAndDashesDoNotMatter() {
        assertThat(NameKey.of("Hagåtña")).isEqualTo("hagatna");
        assertThat(NameKey.of("New York – Varick Street")).isEqualTo(NameKey.of("New York - Varick Street"));
    }

    @Test
    void aCountyJailIsNotTheCounty() {
        assertThat(NameKey.of("Orange County Correctional Facility")).isNotEqualTo(NameKey.of("Orange County"));
        assertThat(NameKey.of("Calhoun County Correctional Center"))
                .isEqualTo(NameKey.of("Calhoun County Correctional Facility"));
    }
}
