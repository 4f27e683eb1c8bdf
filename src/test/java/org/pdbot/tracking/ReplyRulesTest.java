package org.pdbot.tracking;

import org.pdbot.testing.ReplyMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyRulesTest {

    private static final ReplyRules RULES = ReplyRules.load(ReplyMail.RULES);

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "OPLA will not join the motion.|DECLINED",
        "OPLA declines to exercise prosecutorial discretion at this time.|DECLINED",
        "The respondent is not an enforcement priority, however we decline to join.|DECLINED",
        "DHS won't agree to dismissal.|DECLINED",
        "DHS doesn't agree.|DECLINED",
        "DHS will not oppose the motion.|AGREED",
        "DHS does not oppose.|AGREED",
        "OPLA agrees to administrative closure.|AGREED",
        "We will join the motion to reopen.|AGREED",
        "OPLA will file a motion to dismiss.|AGREED",
        "Please find the signed joint motion attached.|AGREED",
        "DHS will not file an opposition.|AGREED",
        "Please submit the joint motion through ECAS.|",
        "Please provide proof of residence.|MORE_INFO_REQUESTED",
        "We need certified dispositions for the 2016 arrest.|MORE_INFO_REQUESTED",
        "OPLA needs additional documentation.|MORE_INFO_REQUESTED",
        "Before we can consider the request, send the lease.|MORE_INFO_REQUESTED",
        "We will consider joining once you provide the lease.|MORE_INFO_REQUESTED",
        "We can't agree until we receive the dispositions.|MORE_INFO_REQUESTED",
        "Your request has been received.|ACKNOWLEDGED",
        "We acknowledge receipt of your request.|ACKNOWLEDGED",
        "The request is under review.|ACKNOWLEDGED",
        "The request has been assigned to AAC Patel.|ACKNOWLEDGED",
        "If you have received this message in error, please delete it.|",
        "Please call me to discuss.|",
    })
    void phrasesDecideInTheFilesPriorityOrder(String text, Classification expected) {
        assertThat(RULES.classify(text).map(ReplyRules.Match::classification)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aReceiptWithAnOfferToAskForMoreIsStillAReceipt() {
        assertThat(RULES.classify("Your request has been received. If additional information is needed, an attorney "
                + "will contact you.").orElseThrow().classification()).isEqualTo(Classification.ACKNOWLEDGED);
    }

    @Test
    void theMatchNamesThePhraseAsWrittenInTheFile() {
        ReplyRules.Match match = RULES.classify("OPLA Declined the request.").orElseThrow();

        assertThat(match.phrase().written()).isEqualTo("declin*");
        assertThat(match.describe()).isEqualTo("phrase \"declin*\"");
    }

    @Test
    void phrasesMatchWholeWordsAndAStarLetsTheLastWordRunOn() {
        assertThat(Phrase.of("agree").foundIn("we agree.")).isTrue();
        assertThat(Phrase.of("agree").foundIn("we agreed.")).isFalse();
        assertThat(Phrase.of("agree*").foundIn("we agreed.")).isTrue();
        assertThat(Phrase.of("will not oppose").foundIn(Phrase.normalize("DHS won't\n  oppose"))).isTrue();
    }

    @Test
    void unlessCancelsTheRuleOnlyInTheSameSentence(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("rules.yaml"), """
                rules:
                  - classification: AGREED
                    phrases: [agree*]
                    unless: [not agree*]
                """);
        ReplyRules rules = ReplyRules.load(yaml);

        assertThat(rules.classify("We do not agree.")).isEmpty();
        assertThat(rules.classify("We do not agree to dismissal. We agree to a continuance.")).isPresent();
    }

    @Test
    void aMissingFileIsAReadableError(@TempDir Path dir) {
        Path yaml = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ReplyClassifier.load(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Reply rules file '" + yaml + "' does not exist");
    }

    @Test
    void invalidYamlIsAReadableError(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("r.yaml"), "rules:\n  - classification: AGREED\n    phrase: [x]\n");

        assertThatThrownBy(() -> ReplyClassifier.load(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Reply rules file '" + yaml + "' is not valid: ")
                .hasMessageContaining("phrase");
    }

    @Test
    void anUnknownClassificationIsNamed(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("r.yaml"), "rules:\n  - classification: AGREE\n    phrases: [x]\n");

        assertThatThrownBy(() -> ReplyClassifier.load(yaml))
                .hasMessage("Reply rules file '" + yaml + "', rule 1 has classification 'AGREE', which is not one of "
                        + "[ACKNOWLEDGED, AGREED, DECLINED, MORE_INFO_REQUESTED, AUTO_REPLY]");
    }

    @Test
    void bounceAndOtherCannotBeDecidedByPhrases(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("r.yaml"), """
                rules:
                  - classification: AGREED
                    phrases: [agree]
                  - classification: BOUNCE
                    phrases: [undeliverable]
                """);

        assertThatThrownBy(() -> ReplyClassifier.load(yaml)).hasMessageStartingWith(
                "Reply rules file '" + yaml + "', rule 2 has classification BOUNCE, which the mail's structure decides");
    }

    @Test
    void aRuleWithoutPhrasesOrWithAMisplacedStarIsNamed(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("a.yaml"), "rules:\n  - classification: DECLINED\n");
        Path star = Files.writeString(dir.resolve("b.yaml"),
                "rules:\n  - classification: DECLINED\n    phrases: ['*clin*']\n");

        assertThatThrownBy(() -> ReplyClassifier.load(empty))
                .hasMessage("Reply rules file '" + empty + "', rule 1 (DECLINED) lists no phrases");
        assertThatThrownBy(() -> ReplyClassifier.load(star)).hasMessage("Reply rules file '" + star
                + "', rule 1 (DECLINED): phrase '*clin*' has a * that does not end it (only a trailing * is allowed)");
    }

    @Test
    void aFileWithNoRulesIsAReadableError(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("r.yaml"), "ignore: [in error]\n");

        assertThatThrownBy(() -> ReplyClassifier.load(yaml)).hasMessage("Reply rules file '" + yaml + "' lists no rules");
    }
}
