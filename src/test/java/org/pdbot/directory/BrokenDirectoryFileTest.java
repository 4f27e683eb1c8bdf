package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenDirectoryFileTest {

    private static final String ATLANTA = """
              - code: ATL
                fieldLocation: Atlanta
                pdAddress: ICE-OPLA-ATL-PD@ice.dhs.gov
                courts: [Atlanta]
            """;

    @TempDir
    Path dir;

    @Test
    void aSmallValidFileLoads() throws IOException {
        OfficeDirectory directory = OfficeDirectory.load(write(ATLANTA + """
              - code: ATL-SDC
                fieldLocation: Atlanta
                subOffice: Stewart
                parent: ATL
                pdAddress: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov
                checked: 2026-11-27
            """));

        assertThat(directory.offices()).extracting(Office::code).containsExactly("ATL", "ATL-SDC");
        assertThat(directory.byCode("ATL").orElseThrow().courts()).containsExactly("Atlanta");
        assertThat(directory.byCode("ATL-SDC").orElseThrow().facilities()).isEmpty();
    }

    @Test
    void duplicateCodeIsNamed() throws IOException {
        Path file = write(ATLANTA + """
              - code: atl
                fieldLocation: Atlanta
                subOffice: Stewart
                parent: ATL
                pdAddress: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith(file + " has a problem:")
                .hasMessageContaining("Code 'atl' is used twice (Atlanta and Atlanta — Stewart)");
    }

    @Test
    void duplicateAddressIsNamedWhateverItsCase() throws IOException {
        Path file = write(ATLANTA + """
              - code: BAL
                fieldLocation: Baltimore
                pdAddress: ice-opla-atl-pd@ice.dhs.gov
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("PD address 'ice-opla-atl-pd@ice.dhs.gov' is used twice (ATL and BAL)");
    }

    @Test
    void unknownParentIsNamed() throws IOException {
        Path file = write(ATLANTA + """
              - code: ATL-SDC
                fieldLocation: Atlanta
                subOffice: Stewart
                parent: ATX
                pdAddress: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 2 (ATL-SDC) names parent 'ATX', which is not the code of any office");
    }

    @Test
    void missingAddressIsNamed() throws IOException {
        Path file = write(ATLANTA + """
              - code: BAL
                fieldLocation: Baltimore
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 2 (BAL) has no pdAddress");
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        Path file = write(ATLANTA + """
              - code: ATL
                fieldLocation: Atlanta
                subOffice: Stewart
                parent: NOPE
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageStartingWith(file + " has 3 problems:")
                .hasMessageContaining("Code 'ATL' is used twice")
                .hasMessageContaining("Office 2 (ATL) has no pdAddress")
                .hasMessageContaining("names parent 'NOPE'");
    }

    @Test
    void subOfficeWithoutParentIsRefused() throws IOException {
        Path file = write(ATLANTA + """
              - code: ATL-SDC
                fieldLocation: Atlanta
                subOffice: Stewart
                pdAddress: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 2 (ATL-SDC) needs both subOffice and parent, or neither");
    }

    @Test
    void misspelledFieldIsNamedWithItsLine() throws IOException {
        Path file = write(ATLANTA + """
              - code: BAL
                fieldLocation: Baltimore
                pdAdress: ICE-OPLA-BAL-PD@ice.dhs.gov
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageStartingWith(file + " line 8: unknown field 'pdAdress'; the known fields are")
                .hasMessageContaining("pdAddress");
    }

    @Test
    void badDateIsNamedWithItsLine() throws IOException {
        Path file = write("""
              - code: ATL
                fieldLocation: Atlanta
                pdAddress: ICE-OPLA-ATL-PD@ice.dhs.gov
                checked: 2026-13-45
            """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith(file + " line 5:")
                .hasMessageContaining("2026-13-45");
    }

    @Test
    void fileThatIsNotYamlIsNamed() throws IOException {
        Path file = dir.resolve("offices.yaml");
        Files.writeString(file, "offices:\n  - code: [unclosed\n");

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageStartingWith(file + " line");
    }

    @Test
    void fileWithoutOfficesIsRefused() throws IOException {
        Path file = dir.resolve("offices.yaml");
        Files.writeString(file, "# nothing yet\n");

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessage(file + " lists no offices (expected a top-level 'offices:' list)");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessage("The office directory " + file + " does not exist");
    }

    private Path write(String offices) throws IOException {
        Path file = dir.resolve("offices.yaml");
        Files.writeString(file, "offices:\n" + offices);
        return file;
    }
}
