package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeResolverTest {

    private final OfficeResolver resolver = new OfficeResolver(RealDirectory.get());

    @ParameterizedTest(name = "detention facility ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Krome SPC                         | MIA-KSPC
            Krome Service Processing Center   | MIA-KSPC
            Northwest ICE Processing Center   | SEA-TAC
            Otay Mesa Detention Center        | SND-OTM
            Broward Transitional Center       | MIA-BTC
            Elizabeth Detention Center        | NEW-ELZ
            Port Isabel                       | SNA-PIDC
            South Texas ICE Processing Center | SNA-STIPC
            Adelanto ICE Processing Center    | LOS-ADE
            LaSalle ICE Processing Center     | NOL-JNA
            Buffalo Federal Detention Facility| BUF-BTV
            Eloy Detention Center             | PHO-EDC
            Montgomery Processing Center      | HOU-CON
            Aurora                            | DEN
            El Paso SPC                       | ELP
            Stewart Detention Center          | ATL-SDC
            the Stewart Detention Center, GA  | ATL-SDC
            STEWART DETENTION CENTER          | ATL-SDC
            """)
    void facilitiesAsPeopleWriteThem(String facility, String code) {
        assertThat(codeOf(resolver.resolve(null, facility, null))).isEqualTo(code);
    }

    @ParameterizedTest(name = "immigration court ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Stewart                      | ATL-SDC
            Stewart Immigration Court    | ATL-SDC
            Lumpkin                      | ATL-SDC
            Varick St.                   | NYC-VRK
            Varick Street                | NYC-VRK
            Port Isabel                  | SNA-PIDC
            Pearsall                     | SNA-STIPC
            Jena                         | NOL-JNA
            Batavia                      | BUF-BTV
            Conroe                       | HOU-CON
            Aurora Immigration Court     | DEN
            El Paso SPC                  | ELP
            Atlanta Immigration Court    | ATL
            Miami                        | MIA
            Krome                        | MIA-KSPC
            Santa Ana                    | LOS
            Omaha                        | SPM
            Hyattsville                  | BAL
            Indianapolis                 | CHI
            Annandale                    | WAS
            Sterling                     | WAS
            Otero                        | ELP
            Chaparral                    | ELP
            Imperial                     | SND-ELC
            Dilley                       | SNA
            Laredo                       | SNA
            Chelmsford                   | BOS
            Concord                      | SFR
            Fort Snelling                | SPM
            Ft. Snelling                 | SPM
            Ulster                       | NYC-IHV
            """)
    void courtsAsPeopleWriteThem(String court, String code) {
        assertThat(codeOf(resolver.resolve(null, null, court))).isEqualTo(code);
    }

    @ParameterizedTest(name = "office ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ATL-SDC                            | ATL-SDC
            atl-sdc                            | ATL-SDC
            ICE-OPLA-ATL-SDC-PD@ice.dhs.gov    | ATL-SDC
            ice-opla-atl-sdc-pd@ICE.DHS.GOV    | ATL-SDC
            Atlanta — Stewart                  | ATL-SDC
            Atlanta - Stewart                  | ATL-SDC
            Stewart                            | ATL-SDC
            Atlanta                            | ATL
            OPLA Atlanta                       | ATL
            Peachtree Summit                   | ATL-SFB
            Los Angeles                        | LOS
            Puerto Rico & the U.S. Virgin Islands | MIA-PR-VI
            Miami — Puerto Rico & the U.S. Virgin Islands | MIA-PR-VI
            MIA-PR-VI                          | MIA-PR-VI
            Minneapolis-St. Paul               | SPM
            Washington, D.C.                   | WAS
            New York City                      | NYC
            Broward Transitional Center        | MIA-BTC
            """)
    void explicitOfficeByCodeAddressNameOrAlias(String office, String code) {
        Resolution resolution = resolver.resolve(office, null, null);

        assertThat(codeOf(resolution)).isEqualTo(code);
        assertThat(((Resolution.Resolved) resolution).matchedBy()).isEqualTo("office");
    }

    @Test
    void officeDecidesBeforeFacilityAndCourt() {
        Resolution resolution = resolver.resolve("NYC-VRK", "Krome SPC", "Stewart");

        assertThat(codeOf(resolution)).isEqualTo("NYC-VRK");
        assertThat(resolution.explanation())
                .isEqualTo("Office 'NYC-VRK' is handled by OPLA New York City — Varick (ICE-OPLA-NYC-VRK-PD@ice.dhs.gov)");
    }

    @Test
    void facilityDecidesBeforeCourt() {
        Resolution resolution = resolver.resolve(null, "Krome SPC", "Stewart");

        assertThat(codeOf(resolution)).isEqualTo("MIA-KSPC");
        assertThat(resolution.explanation())
                .isEqualTo("Detention facility 'Krome SPC' is handled by OPLA Miami — Krome (ICE-OPLA-MIA-KSPC-PD@ice.dhs.gov): "
                        + "ICE detention facility 'Krome North Service Processing Center', formerly 'Krome Service "
                        + "Processing Center' (Miami, FL) → Miami — Krome sub-office");
    }

    @Test
    void courtDecidesWhenNothingElseIsGiven() {
        Resolution resolution = resolver.resolve("  ", "", " Stewart Immigration Court ");

        assertThat(resolution.explanation()).isEqualTo("Immigration court 'Stewart Immigration Court' is handled by "
                + "OPLA Atlanta — Stewart (ICE-OPLA-ATL-SDC-PD@ice.dhs.gov): EOIR court 'Stewart' (Lumpkin, GA) "
                + "→ Atlanta — Stewart sub-office");
    }

    @Test
    void unknownExplicitOfficeIsUnknownEvenWhenTheCourtIsKnown() {
        Resolution resolution = resolver.resolve("Springfield", "Krome SPC", "Miami");

        assertThat(resolution).isEqualTo(new Resolution.Unknown("office", "Springfield"));
        assertThat(resolution.explanation()).isEqualTo("Office 'Springfield' matches no OPLA office");
    }

    @Test
    void facilityMissingFromTheDirectoryFallsBackToAKnownCourt() {
        Resolution resolution = resolver.resolve(null, "Shelby County Jail", "Memphis");

        assertThat(resolution).isInstanceOfSatisfying(Resolution.Resolved.class, r -> {
            assertThat(r.office().code()).isEqualTo("NOL-MEM");
            assertThat(r.matchedBy()).isEqualTo("immigration court");
        });
    }

    @Test
    void unknownFacilityWithAnUnknownCourtIsReported() {
        assertThat(resolver.resolve(null, "Shelby County Jail", "Springfield").explanation())
                .isEqualTo("Detention facility 'Shelby County Jail' matches no OPLA office");
    }

    @Test
    void misspelledCourtIsUnknownNotGuessed() {
        assertThat(resolver.resolve(null, null, "Stuart").explanation())
                .isEqualTo("Immigration court 'Stuart' matches no OPLA office; did you mean 'Stewart (Atlanta — Stewart)'?");
        assertThat(resolver.resolve(null, null, "Krom")).isInstanceOf(Resolution.Unknown.class);
        assertThat(resolver.resolve(null, null, "Immigration Court")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void aCityIsNotACourt() {
        assertThat(resolver.resolve(null, null, "Pompano Beach")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void losAngelesCourtIsAmbiguousBetweenItsTwoOffices() {
        Resolution resolution = resolver.resolve(null, null, "Los Angeles Immigration Court");

        assertThat(resolution).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous) resolution).candidates()).extracting(Office::code)
                .containsExactly("LOS", "LOS-NLA");
        assertThat(resolution.explanation()).isEqualTo("Immigration court 'Los Angeles Immigration Court' could be any "
                + "of: Los Angeles (LOS), Los Angeles — North Los Angeles (LOS-NLA); name the office");
    }

    @Test
    void nothingGivenSaysSo() {
        assertThat(resolver.resolve(null, null, null)).isEqualTo(new Resolution.NothingGiven());
        assertThat(resolver.resolve(" ", "", "\t")).isEqualTo(new Resolution.NothingGiven());
        assertThat(resolver.resolve(null)).isEqualTo(new Resolution.NothingGiven());
        assertThat(resolver.resolve(null, null, null).explanation()).isEqualTo(
                "No office, detention facility or immigration court is given, so the OPLA office is unknown");
    }

    @ParameterizedTest(name = "query ''{0}'' -> {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Miami                            | MIA       | immigration court
            Atlanta                          | ATL       | immigration court
            San Diego                        | SND       | immigration court
            New York                         | NYC       | immigration court
            Krome                            | MIA-KSPC  | detention facility
            Stewart Detention Center         | ATL-SDC   | detention facility
            Lumpkin                          | ATL-SDC   | immigration court
            Varick St.                       | NYC-VRK   | immigration court
            Pompano Beach                    | MIA-BTC   | city
            Centennial                       | DEN       | city
            Brooklyn Heights                 | DET-CLE   | city
            ATL-SFB                          | ATL-SFB   | office
            ICE-OPLA-SEA-TAC-PD@ice.dhs.gov  | SEA-TAC   | office
            Minneapolis                      | SPM       | office
            Summit                           | ATL-SFB   | office
            """)
    void queryFindsCourtFacilityCityOrOffice(String query, String code, String matchedBy) {
        Resolution resolution = resolver.resolve(query);

        assertThat(codeOf(resolution)).isEqualTo(code);
        assertThat(((Resolution.Resolved) resolution).matchedBy()).isEqualTo(matchedBy);
    }

    @Test
    void queryLosAngelesIsAmbiguous() {
        Resolution resolution = resolver.resolve("Los Angeles");

        assertThat(resolution.explanation()).isEqualTo("Name 'Los Angeles' could be any of: Los Angeles (LOS), "
                + "Los Angeles — North Los Angeles (LOS-NLA); name the office");
    }

    @Test
    void queryThatMatchesNothingIsUnknown() {
        assertThat(resolver.resolve("Springfield").explanation()).isEqualTo("Name 'Springfield' matches no OPLA office");
    }

    @Test
    void cityOfOfficesInTwoFieldLocationsIsAmbiguous() {
        OfficeResolver twoPortlands = new OfficeResolver(new OfficeDirectory(List.of(
                office("SEA", null, "Seattle", "Seattle"),
                office("SEA-POO", "SEA", "Seattle", "Portland"),
                office("BOS", null, "Boston", "Boston"),
                office("BOS-PME", "BOS", "Boston", "Portland")), "test"));

        Resolution resolution = twoPortlands.resolve("Portland");

        assertThat(resolution).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous) resolution).candidates()).extracting(Office::code)
                .containsExactly("SEA-POO", "BOS-PME");
    }

    @Test
    void nameOfOneOfficeAndCityOfAnotherFieldLocationIsAmbiguous() {
        OfficeResolver resolver = new OfficeResolver(new OfficeDirectory(List.of(
                office("SEA", null, "Seattle", "Portland"),
                office("BOS", null, "Boston", "Boston", "Portland")), "test"));

        assertThat(resolver.resolve("Portland")).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(codeOf(resolver.resolve(null, null, "Portland"))).isEqualTo("BOS");
    }

    @Test
    void cityOfAMainOfficeAndItsSubOfficesIsTheMainOffice() {
        OfficeResolver resolver = new OfficeResolver(new OfficeDirectory(List.of(
                office("MIA", null, "Miami", "Miami"),
                office("MIA-KSPC", "MIA", "Miami", "Miami")), "test"));

        assertThat(codeOf(resolver.resolve("Miami"))).isEqualTo("MIA");
    }

    @Test
    void cityOfTwoSubOfficesWithoutTheirMainOfficeIsAmbiguous() {
        OfficeResolver resolver = new OfficeResolver(new OfficeDirectory(List.of(
                office("SND", null, "San Diego", "Chula Vista"),
                office("SND-A", "SND", "San Diego", "Otay"),
                office("SND-B", "SND", "San Diego", "Otay")), "test"));

        assertThat(resolver.resolve("Otay")).isInstanceOf(Resolution.Ambiguous.class);
    }

    static String codeOf(Resolution resolution) {
        assertThat(resolution).as(resolution.explanation()).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) resolution).office().code();
    }

    private static Office office(String code, String parent, String fieldLocation, String city, String... courts) {
        return new Office(code, fieldLocation, parent == null ? null : code, parent,
                "ICE-OPLA-" + code + "-PD@ice.dhs.gov", city, "XX", List.of(courts), List.of(), List.of(),
                null, null, "test", LocalDate.of(2026, 11, 27), List.of(), null, null, null);
    }
}
