package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactorClassifierTest {

    private final FactorClassifier classifier = FactorClassifier.load(CaseFixtures.FACTORS);

    @Test
    void theFactorFileListsOplasFactorsInOrder() {
        assertThat(classifier.factors()).extracting(Factor::code).startsWith(
                "RESIDENCE", "MILITARY", "TIES", "ARRIVAL", "IMMIGRATION_HISTORY", "WORK_EDUCATION",
                "VICTIM_WITNESS", "HUMANITARIAN");
    }

    @Test
    void eachSentenceGoesUnderTheFactorsItTouchesInTheFilesOrder() {
        List<FactorFinding> findings = classifier.classify(
                "Her husband served in the U.S. Army in Iraq. She arrived in 2004 on a tourist visa.");

        assertThat(findings).extracting(f -> f.factor().code())
                .containsExactly("MILITARY", "TIES", "ARRIVAL");
        assertThat(findings.get(0).sentences()).containsExactly("Her husband served in the U.S. Army in Iraq.");
        assertThat(findings.get(1).sentences()).containsExactly("Her husband served in the U.S. Army in Iraq.");
        assertThat(findings.get(2).sentences()).containsExactly("She arrived in 2004 on a tourist visa.");
    }

    @Test
    void sentencesTouchingNoFactorGoUnderOtherConsiderationsLast() {
        List<FactorFinding> findings = classifier.classify("He is kind. He has lived in Atlanta since 2001.");

        assertThat(findings).extracting(f -> f.factor().label())
                .containsExactly("Length of residence in the United States", "Other considerations");
        assertThat(findings.get(1).sentences()).containsExactly("He is kind.");
    }

    @Test
    void phrasesMatchWholeWordsAndAStarLetsTheWordRunOn() {
        FactorClassifier c = new FactorClassifier(List.of(
                new Factor("WORK", "Work", List.of("employ*")),
                new Factor("AGE", "Age", List.of("age"))));

        assertThat(c.classify("He is employed. She manages a shop.")).extracting(f -> f.factor().code())
                .containsExactly("WORK", "OTHER");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(Sentences.of("Her son is a U.S. citizen. Dr. Smith treats him. John F. Kennedy High School."))
                .containsExactly("Her son is a U.S. citizen.", "Dr. Smith treats him.", "John F. Kennedy High School.");
    }

    @Test
    void paragraphsAreKeptAndLinesInsideThemJoined() {
        assertThat(Sentences.paragraphs("One line\nwraps here.\n\n  Second paragraph.  \n\n\n"))
                .containsExactly("One line wraps here.", "Second paragraph.");
    }

    @Test
    void classifyingAgainGivesTheSameFindingsWhateverWasClassifiedBetween() {
        String first = "She has lived here for 20 years. Her son is a U.S. citizen.";
        String second = "He was convicted of theft in 2019.";
        List<FactorFinding> once = classifier.classify(first);

        assertThat(classifier.classify(first)).isEqualTo(once);
        assertThat(classifier.classify(second)).isNotEqualTo(once);
        assertThat(classifier.classify(new String(first))).isEqualTo(once);
        assertThat(classifier.classify(null)).isEmpty();
        assertThat(classifier.classify(first)).isEqualTo(once);
    }

    @Test
    void noReasonsGiveNoFindings() {
        assertThat(classifier.classify(null)).isEmpty();
        assertThat(classifier.classify("  \n ")).isEmpty();
    }

    @Test
    void aBrokenFactorFileIsAReadableError(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("factors.yaml"), "factors:\n  - code: X\n    labl: typo\n");

        assertThatThrownBy(() -> FactorClassifier.load(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Factor file '" + yaml + "' is not valid");
        assertThatThrownBy(() -> FactorClassifier.load(dir.resolve("missing.yaml")))
                .hasMessageEndingWith("does not exist");
    }
}
