package org.pdbot.tracking;

import org.pdbot.testing.ReplyMail;

import org.pdbot.mail.ReplyHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in {@code src/test/resources/replies/} gives what its row in the README says. */
class ReplyCorpusTest {

    private static final ReplyClassifier CLASSIFIER = ReplyClassifier.load(ReplyMail.RULES);

    record Row(String file, Classification expected, String threadIds, boolean marker, String failedRecipient,
               String originalId) {

        @Override
        public String toString() {
            return file + " → " + expected;
        }
    }

    static Stream<Row> rows() throws IOException, URISyntaxException {
        return Files.readAllLines(dir().resolve("README.md")).stream()
                .filter(l -> l.startsWith("| `"))
                .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toList())
                .map(c -> new Row(c.get(1).replace("`", ""), Classification.valueOf(c.get(2)), c.get(3),
                        c.get(4).equals("yes"), emptyToNull(c.get(5)), expandR(emptyToNull(c.get(6)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachReplyIsClassifiedAsItsReadmeSays(Row row) {
        ReplyAnalysis analysis = CLASSIFIER.analyse(ReplyMail.fixture(row.file()));

        assertThat(analysis.classification()).as("%s, decided by %s, new text:%n%s", row.file(),
                analysis.matchedRule(), analysis.newText()).isEqualTo(row.expected());
        assertThat(analysis.matchedRule()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void threadHeadersAndTheMarkerAreFound(Row row) {
        MimeMessage mail = ReplyMail.fixture(row.file());

        assertThat(ReplyHeaders.threadIds(mail))
                .isEqualTo(row.threadIds().equals("R") ? List.of(ReplyMail.REQUEST_ID) : List.of());
        assertThat(ReplyHeaders.referenceMarker(mail))
                .isEqualTo(row.marker() ? Optional.of("PDB-1A2B3C4D-5E6F") : Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void deliveryReportsNameTheFailedAddressAndTheOriginalMessage(Row row) {
        ReplyAnalysis analysis = CLASSIFIER.analyse(ReplyMail.fixture(row.file()));

        assertThat(analysis.failedRecipient()).isEqualTo(row.failedRecipient());
        if (row.originalId() != null) {
            assertThat(analysis.referencedMessageIds()).first().isEqualTo(row.originalId());
            assertThat(analysis.bounceStatus()).isNotNull();
        } else {
            assertThat(analysis.bounceStatus()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theQuotedRequestIsNeverPartOfTheNewText(Row row) {
        ReplyAnalysis analysis = CLASSIFIER.analyse(ReplyMail.fixture(row.file()));

        assertThat(analysis.newText()).doesNotContain("REASONS FOR THE REQUEST", "Dear Chief Counsel", "Ref: PDB-");
    }

    @Test
    void everyFixtureHasARowAndTheCorpusCoversEveryClassification() throws Exception {
        List<Row> rows = rows().toList();
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")))
                    .containsExactlyInAnyOrderElementsOf(rows.stream().map(Row::file).toList());
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows.stream().map(Row::expected).distinct()).containsExactlyInAnyOrder(Classification.values());
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(ReplyCorpusTest.class.getResource("/replies/README.md").toURI()).getParent();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String expandR(String s) {
        return "R".equals(s) ? ReplyMail.REQUEST_ID : s;
    }
}
