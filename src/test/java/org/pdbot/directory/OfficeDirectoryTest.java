package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeDirectoryTest {

    private final OfficeDirectory directory = RealDirectory.get();
    private final SeedTable seed = SeedTable.read();

    @Test
    void seedTableHasTheFiftyNineAddressesOfTheIcePage() {
        assertThat(seed.rows()).hasSize(59);
    }

    @Test
    void everySeedAddressIsInTheDirectorySpelledTheSame() {
        List<String> addresses = directory.offices().stream().map(Office::pdAddress).toList();
        assertThat(addresses).containsAll(seed.addresses());
    }

    @Test
    void directoryHasNoAddressTheSeedLacks() {
        List<String> addresses = directory.offices().stream().map(Office::pdAddress).toList();
        assertThat(seed.addresses()).containsAll(addresses);
        assertThat(addresses).doesNotHaveDuplicates();
    }

    @Test
    void directoryHasTwentyFiveMainOfficesAndThirtyFourSubOffices() {
        assertThat(directory.offices()).filteredOn(o -> o.parent() == null).hasSize(25);
        assertThat(directory.offices()).filteredOn(o -> o.parent() != null).hasSize(34);
    }

    @Test
    void fieldLocationAndSubOfficeNamesAreThoseOfTheSeed() {
        for (SeedTable.Row row : seed.rows()) {
            Office office = directory.byAddress(row.address()).orElseThrow();
            assertThat(office.fieldLocation()).as(row.address()).isEqualTo(row.fieldLocation());
            assertThat(office.subOffice()).as(row.address()).isEqualTo(row.subOffice());
        }
    }

    @Test
    void subOfficesPointAtTheMainOfficeOfTheirFieldLocation() {
        for (Office sub : directory.offices()) {
            if (sub.parent() != null) {
                Office main = directory.byCode(sub.parent()).orElseThrow();
                assertThat(main.parent()).isNull();
                assertThat(main.fieldLocation()).as(sub.code()).isEqualTo(sub.fieldLocation());
            }
        }
    }

    @Test
    void codesAreTakenFromTheAddress() {
        for (Office office : directory.offices()) {
            assertThat(office.pdAddress()).as(office.code()).isEqualTo("ICE-OPLA-" + office.code() + "-PD@ice.dhs.gov");
        }
    }

    @Test
    void everyOfficeNamesItsSourceAndWhenItWasChecked() {
        assertThat(directory.offices()).allSatisfy(office -> {
            assertThat(office.source()).isEqualTo("ICE OPLA PD page, updated 06/11/2021 (AILA Doc. No. 21061430)");
            assertThat(office.checked()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(office.city()).isNotBlank();
            assertThat(office.state()).hasSize(2);
        });
    }

    @Test
    void byCodeIgnoresCase() {
        assertThat(directory.byCode("atl-sdc")).map(Office::pdAddress).contains("ICE-OPLA-ATL-SDC-PD@ice.dhs.gov");
        assertThat(directory.byCode("MIA-PR-VI")).map(Office::subOffice)
                .contains("Puerto Rico & the U.S. Virgin Islands");
        assertThat(directory.byCode("XYZ")).isEmpty();
        assertThat(directory.byCode(null)).isEmpty();
    }

    @Test
    void byAddressIgnoresCase() {
        assertThat(directory.byAddress("ice-opla-nyc-vrk-pd@ICE.DHS.GOV")).map(Office::code).contains("NYC-VRK");
        assertThat(directory.byAddress(" ICE-OPLA-SEA-TAC-PD@ice.dhs.gov ")).map(Office::code).contains("SEA-TAC");
        assertThat(directory.byAddress("someone@example.org")).isEmpty();
    }

    @Test
    void displayNameJoinsFieldLocationAndSubOffice() {
        assertThat(RealDirectory.office("ATL-SDC").displayName()).isEqualTo("Atlanta — Stewart");
        assertThat(RealDirectory.office("ATL").displayName()).isEqualTo("Atlanta");
    }
}
