package org.pdbot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.check.Compliance.MB;
import static org.pdbot.check.Compliance.rules;
import static org.pdbot.render.CaseFixtures.anOffice;
import static org.pdbot.render.CaseFixtures.withRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;

/** config/compliance.yaml: its defaults, how an office overrides them, and what a broken file says. */
class ComplianceRulesTest {

    @TempDir
    Path dir;

    @Test
    void shippedDefaultsAcceptPdfAndImagesUpToTwentyMegabytesSplitAndWarnThirtyDaysAhead() {
        Office plain = anOffice();

        assertThat(rules().acceptedTypes(plain)).contains("application/pdf", "image/jpeg", "image/png");
        assertThat(rules().maxPacketMb(plain)).isEqualTo(20.0);
        assertThat(rules().maxPacketBytes(plain)).isEqualTo(20 * MB);
        assertThat(rules().oversize(plain)).isEqualTo(Oversize.SPLIT);
        assertThat(rules().minDaysBeforeHearing(plain)).isEqualTo(30);
        assertThat(rules().acceptedTypes(null)).isEqualTo(rules().acceptedTypes(plain));
    }

    @Test
    void officeRuleKeysOverrideTheDefaults() {
        Office own = withRules(anOffice(), List.of(".pdf"), 2.5, Oversize.BLOCK, 60);

        assertThat(rules().acceptedTypes(own)).containsExactly(".pdf");
        assertThat(rules().maxPacketBytes(own)).isEqualTo(5 * MB / 2);
        assertThat(rules().oversize(own)).isEqualTo(Oversize.BLOCK);
        assertThat(rules().minDaysBeforeHearing(own)).isEqualTo(60);
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> ComplianceRules.load(file)).isInstanceOf(InvalidRulesException.class)
                .hasMessage("The compliance rules file " + file + " does not exist");
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Path file = write("# nothing yet\n");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessage("The compliance rules file " + file + " is empty");
    }

    @Test
    void misspelledKeyIsNamedWithItsLine() throws IOException {
        Path file = shipped("maxPacketMb: 20", "maxPacketMB: 20");
        int line = lineOf(file, "maxPacketMB");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessageStartingWith(file + " line " + line + ": unknown key 'maxPacketMB'; the known keys are")
                .hasMessageContaining("maxPacketMb");
    }

    @Test
    void unknownOversizeIsNamedWithTheChoices() throws IOException {
        Path file = shipped("oversize: split", "oversize: shrink");
        int line = lineOf(file, "oversize: shrink");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessage(file + " line " + line + ": 'oversize' has 'shrink'; write split or block");
    }

    @Test
    void sizeLimitOfZeroAndNegativeDaysAreRefusedTogether() throws IOException {
        Path file = shipped("maxPacketMb: 20", "maxPacketMb: 0", "minDaysBeforeHearing: 30", "minDaysBeforeHearing: -1");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessage(file + " has 2 problems:\n"
                        + "  - maxPacketMb must be a number of MB above 0, not 0.0\n"
                        + "  - minDaysBeforeHearing must be 0 or more days, not -1");
    }

    @Test
    void malformedAttachmentTypeIsNamed() throws IOException {
        Path file = shipped("acceptedAttachmentTypes: [application/pdf,", "acceptedAttachmentTypes: [PDF files,");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessageContaining("acceptedAttachmentTypes has 'PDF files', which is neither a MIME type");
    }

    @Test
    void findingWithoutItsTextIsNamed() throws IOException {
        Path file = shipped("  BODY_EMPTY: >-", "  BODY_EMPTYY: >-");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessageContaining("messages has 'BODY_EMPTYY', which is not a finding; the findings are")
                .hasMessageContaining("messages has no text for BODY_EMPTY");
    }

    @Test
    void messageUsingAValueItsRuleDoesNotHaveIsNamed() throws IOException {
        Path file = shipped("{date}, is in the past", "{when}, is in the past");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessageContaining("messages.HEARING_PAST uses {when}, which it does not have; it may use {date}");
    }

    @Test
    void missingPhraseListIsNamed() throws IOException {
        Path file = shipped("representationMarkers: [EOIR-28, E-28, G-28, EOIR-27, E-27]", "representationMarkers: []");

        assertThatThrownBy(() -> ComplianceRules.load(file))
                .hasMessageContaining("representationMarkers is missing or empty");
    }

    /** The shipped file with pairs of (text, replacement) applied; each text must be there. */
    private Path shipped(String... replacements) throws IOException {
        String text = Files.readString(Compliance.RULES);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return write(text);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("compliance.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
