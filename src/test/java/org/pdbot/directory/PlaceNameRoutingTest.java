package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.directory.OfficeResolverTest.codeOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing by the place names clinics write, with the reference data of config/directory. */
class PlaceNameRoutingTest {

    private final OfficeResolver resolver = new OfficeResolver(RealDirectory.get());

    private Resolution court(String name) {
        return resolver.resolve(null, null, name);
    }

    private Resolution facility(String name) {
        return resolver.resolve(null, name, null);
    }

    @Test
    void theStateSeparatesSameNamedCities() {
        assertThat(codeOf(court("Portland, ME"))).isEqualTo("BOS");
        assertThat(codeOf(court("Portland, Oregon"))).isEqualTo("SEA-POO");
        assertThat(codeOf(court("Batavia, IL"))).isEqualTo("CHI");
        assertThat(codeOf(court("Aurora, IL"))).isEqualTo("CHI");
        assertThat(codeOf(court("Newark, DE"))).isEqualTo("PHI");
    }

    @ParameterizedTest(name = "EOIR court ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            New York - Varick Street               | NYC-VRK
            New York – Varick St.                  | NYC-VRK
            Los Angeles - Van Nuys Boulevard       | LOS-VNS
            Los Angeles - Van Nuys Blvd.           | LOS-VNS
            Houston – S. Gessner Rd.               | HOU
            Atlanta - W. Peachtree Street          | ATL-SFB
            Houston - Some Street Not Listed       | HOU
            """)
    void eoirCityDashStreetNamesRoute(String name, String code) {
        assertThat(codeOf(court(name))).isEqualTo(code);
    }

    @Test
    void aCityDashStreetNameIsHeldWhenTheCitysCourtsGoToSeveralOffices() {
        Resolution r = court("New York - 201 Varick");

        assertThat(r).isInstanceOfSatisfying(Resolution.Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Office::code).containsExactly("NYC", "NYC-VRK"));
    }

    @Test
    void courtAndFacilityNamesAreFoundWhateverLineTheyAreOn() {
        assertThat(codeOf(court("Krome North Service Processing Center"))).isEqualTo("MIA-KSPC");
        assertThat(codeOf(facility("Batavia SPC"))).isEqualTo("BUF-BTV");
        assertThat(codeOf(facility("Lumpkin, GA"))).isEqualTo("ATL-SDC");
    }

    @Test
    void aNonDetainedCourtOnTheFacilityLineDoesNotSayWhichDocket() {
        assertThat(facility("Harlingen, TX")).isNotInstanceOf(Resolution.Resolved.class);
        assertThat(codeOf(court("Harlingen, TX"))).isEqualTo("SNA-HLG");
    }

    @Test
    void thePartInBracketsIsAHint() {
        assertThat(codeOf(facility("Buffalo (Batavia) Service Processing Center"))).isEqualTo("BUF-BTV");
        assertThat(codeOf(facility("Denver Contract Detention Facility (Aurora)"))).isEqualTo("DEN");
        assertThat(codeOf(facility("Northwest ICE Processing Center (NWIPC)"))).isEqualTo("SEA-TAC");
    }

    @Test
    void renamedFacilitiesAreFoundByTheirOldAndNewNames() {
        assertThat(codeOf(facility("Central Louisiana ICE Processing Center"))).isEqualTo("NOL-JNA");
        assertThat(codeOf(facility("LaSalle ICE Processing Center"))).isEqualTo("NOL-JNA");
        assertThat(codeOf(facility("Northwest Detention Center"))).isEqualTo("SEA-TAC");
        assertThat(codeOf(facility("South Texas Detention Complex"))).isEqualTo("SNA-STIPC");
        assertThat(((Resolution.Resolved) facility("LaSalle ICE Processing Center")).rule())
                .contains("'Central Louisiana ICE Processing Center', formerly 'LaSalle ICE Processing Center'");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Krome Det. Ctr.                             | MIA-KSPC
            Otay Mesa DC                                | SND-OTM
            Aurora CDF                                  | DEN
            Adelanto IPC                                | LOS-ADE
            Montgomery ICE Processing Ctr., Conroe, TX  | HOU-CON
            Stewart Det. Ctr., Lumpkin, Ga.             | ATL-SDC
            NWIPC                                       | SEA-TAC
            STIPC                                       | SNA-STIPC
            CLIPC                                       | NOL-JNA
            """)
    void abbreviationsAndCodesAreWrittenOut(String name, String code) {
        assertThat(codeOf(facility(name))).isEqualTo(code);
    }

    @Test
    void nicknamesComeFromTheData() {
        assertThat(codeOf(court("NYC"))).isEqualTo("NYC");
        assertThat(codeOf(court("NYC - Varick"))).isEqualTo("NYC-VRK");
        assertThat(codeOf(court("Philly"))).isEqualTo("PHI");
        assertThat(codeOf(court("San Fran"))).isEqualTo("SFR");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            West Valley City, UT        | DEN-SLC
            Des Moines, IA              | SPM
            Anchorage, AK               | SEA
            Hagåtña, Guam               | HHW
            Charlotte Amalie, USVI      | MIA-PR-VI
            Tampa, FL                   | ORL
            Brownsville, TX             | SNA-HLG
            """)
    void aCityWithoutACourtRoutesByItsAreaWhenOneOfficeRemains(String name, String code) {
        Resolution r = court(name);

        assertThat(codeOf(r)).isEqualTo(code);
        assertThat(((Resolution.Resolved) r).rule()).endsWith("→ " + OfficeResolver.officeLabel(RealDirectory.office(code)));
    }

    @Test
    void aSplitStateAloneIsHeldAndTheReplyListsTheCandidates() {
        Resolution r = court("Lubbock, TX");

        assertThat(r).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(r.explanation()).contains("Dallas (DAL)", "El Paso (ELP)", "Houston (HOU)", "San Antonio (SNA)");
    }

    @Test
    void lookAlikesDoNotMatch() {
        assertThat(codeOf(court("York"))).isNotEqualTo("NYC");
        assertThat(court("Charlotte Amalie")).isNotInstanceOf(Resolution.Resolved.class);
        assertThat(facility("La Salle County Regional Detention Center")).isNotInstanceOf(Resolution.Resolved.class);
        assertThat(facility("Miami Correctional Facility")).isNotInstanceOf(Resolution.Resolved.class);
        assertThat(court("Manhattan, KS")).isNotInstanceOf(Resolution.Resolved.class);
    }

    @Test
    void aPlaceOutsideEveryAreaIsHeld() {
        assertThat(court("Tijuana, Mexico")).isInstanceOf(Resolution.Unknown.class);
        assertThat(court("Pago Pago, American Samoa")).isInstanceOf(Resolution.Unknown.class);
        assertThat(facility("Naval Station Guantanamo Bay")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void anAdjudicationCenterHasNoOfficeAndIsHeld() {
        Resolution r = court("Fort Worth Immigration Adjudication Center");

        assertThat(r).isInstanceOf(Resolution.Unknown.class);
        assertThat(r.explanation()).contains("has no OPLA office in the directory");
    }

    @Test
    void aKnownFacilityWhoseDocketIsNotKnownIsHeldWithTheReason() {
        Resolution r = facility("Irwin County Detention Center");

        assertThat(r).isNotInstanceOf(Resolution.Resolved.class);
        assertThat(r.explanation()).contains("Ocilla, GA", "no OPLA office of its own");
    }

    @Test
    void anUnknownNameGetsSuggestionsButIsNeverRoutedBySimilarity() {
        Resolution r = facility("Krome Nort Service Processing Centre");

        assertThat(r).isInstanceOf(Resolution.Unknown.class);
        assertThat(((Resolution.Unknown) r).suggestions()).anySatisfy(s -> assertThat(s).startsWith("Krome North"));
        assertThat(r.explanation()).contains("did you mean");
    }

    @Test
    void theExplanationNamesTheRuleThatMatched() {
        assertThat(court("New York - Varick Street").explanation()).isEqualTo("Immigration court 'New York - Varick "
                + "Street' is handled by OPLA New York City — Varick (ICE-OPLA-NYC-VRK-PD@ice.dhs.gov): EOIR court "
                + "'New York - Varick Street' (New York, NY) → New York City — Varick sub-office");
    }

    @Test
    void aReferenceEntryNamingAnUnknownOfficeStopsTheStart(@TempDir Path dir) throws IOException {
        Files.copy(RealDirectory.FILE, dir.resolve("opla-offices.yaml"));
        Files.createDirectories(dir.resolve("directory"));
        Files.writeString(dir.resolve("directory/courts.yaml"), """
                courts:
                  - {name: Springfield, city: Springfield, state: IL, office: SPR, source: test, checked: 2026-12-02}
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(dir.resolve("opla-offices.yaml")))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("courts.yaml entry 1 (Springfield) names office 'SPR', which is not the code of any office");
    }
}
