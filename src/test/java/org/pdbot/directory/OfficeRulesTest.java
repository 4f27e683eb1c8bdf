package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional per-office rule keys of the directory file. */
class OfficeRulesTest {

    private static final String DETROIT = """
            offices:
              - code: DET
                fieldLocation: Detroit
                pdAddress: ICE-OPLA-DET-PD@ice.dhs.gov
            """;

    @TempDir
    Path dir;

    @Test
    void everyRuleKeyIsRead() throws IOException {
        Office office = only(DETROIT + """
                    subjectFormat: "${aNumber} PD"
                    notes: PDF only.
                    acceptedAttachmentTypes: [application/pdf, .tif]
                    maxPacketMb: 7.5
                    oversize: Block
                    minDaysBeforeHearing: 45
                """);

        assertThat(office.subjectFormat()).isEqualTo("${aNumber} PD");
        assertThat(office.notes()).isEqualTo("PDF only.");
        assertThat(office.acceptedAttachmentTypes()).containsExactly("application/pdf", ".tif");
        assertThat(office.maxPacketMb()).isEqualTo(7.5);
        assertThat(office.oversize()).isEqualTo(Oversize.BLOCK);
        assertThat(office.minDaysBeforeHearing()).isEqualTo(45);
    }

    @Test
    void officeWithoutRuleKeysLeavesEveryRuleToTheDefault() throws IOException {
        Office office = only(DETROIT);

        assertThat(office.acceptedAttachmentTypes()).isEmpty();
        assertThat(office.maxPacketMb()).isNull();
        assertThat(office.oversize()).isNull();
        assertThat(office.minDaysBeforeHearing()).isNull();
    }

    @Test
    void detroitAndClevelandAcceptPdfOnlyAsTheir2015FactSheetSays() {
        for (String code : List.of("DET", "DET-CLE")) {
            Office office = RealDirectory.office(code);
            assertThat(office.acceptedAttachmentTypes()).as(code).containsExactly("application/pdf");
            assertThat(office.notes()).as(code).contains("PDF").contains("2015").contains("eService");
        }
    }

    @Test
    void chicagoNoteNamesTheStandingOrderAndItWarnsSixtyDaysAhead() {
        Office chicago = RealDirectory.office("CHI");

        assertThat(chicago.notes()).contains("standing order").contains("30 days");
        assertThat(chicago.minDaysBeforeHearing()).isEqualTo(60);
    }

    @Test
    void miamiNoteMentionsEService() {
        assertThat(RealDirectory.office("MIA").notes()).contains("eService");
    }

    @Test
    void unknownOversizeIsNamedWithItsLineAndTheChoices() throws IOException {
        Path file = write(DETROIT + """
                    oversize: shrink
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessage(file + " line 5: field 'oversize' has 'shrink'; write one of: split, block");
    }

    @Test
    void sizeLimitThatIsNotANumberIsNamed() throws IOException {
        Path file = write(DETROIT + """
                    maxPacketMb: twenty
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessage(file + " line 5: field 'maxPacketMb' has 'twenty'; write a number");
    }

    @Test
    void sizeLimitOfZeroIsRefused() throws IOException {
        Path file = write(DETROIT + """
                    maxPacketMb: 0
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 1 (DET) has maxPacketMb 0.0; it must be a number of MB above 0");
    }

    @Test
    void negativeDaysBeforeHearingAreRefused() throws IOException {
        Path file = write(DETROIT + """
                    minDaysBeforeHearing: -5
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 1 (DET) has minDaysBeforeHearing -5; it must be 0 or more days");
    }

    @Test
    void attachmentTypeThatIsNeitherMimeTypeNorExtensionIsNamed() throws IOException {
        Path file = write(DETROIT + """
                    acceptedAttachmentTypes: [application/pdf, "PDF files"]
                """);

        assertThatThrownBy(() -> OfficeDirectory.load(file))
                .hasMessageContaining("Office 1 (DET) has acceptedAttachmentTypes 'PDF files', which is neither"
                        + " a MIME type (application/pdf) nor an extension (.pdf)");
    }

    private Office only(String yaml) throws IOException {
        return OfficeDirectory.load(write(yaml)).offices().get(0);
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("offices.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
