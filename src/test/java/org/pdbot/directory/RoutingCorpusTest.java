package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Routes the corpus of real place names (src/test/resources/directory/routing-corpus.csv) and fails on any
 * wrong office: a name sent to another office than expected, or sent anywhere when it must be held. Names held
 * although their office is certain are counted and printed, not failed: a hold is never the wrong office.
 */
class RoutingCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/directory/routing-corpus.csv");
    private static final String HELD = "held";

    record Row(int line, String field, String name, String expected, String source) {
    }

    private final OfficeDirectory directory = RealDirectory.get();
    private final OfficeResolver resolver = new OfficeResolver(directory);

    @Test
    void noNameOfTheCorpusGoesToTheWrongOffice() throws IOException {
        List<Row> rows = rows();
        List<String> wrong = new ArrayList<>();
        List<String> heldButCertain = new ArrayList<>();
        int right = 0;
        int held = 0;
        for (Row row : rows) {
            Resolution r = resolve(row);
            String got = r instanceof Resolution.Resolved resolved ? resolved.office().code() : HELD;
            if (got.equals(row.expected())) {
                if (HELD.equals(got)) {
                    held++;
                } else {
                    right++;
                }
            } else if (HELD.equals(got)) {
                heldButCertain.add("line " + row.line() + ": " + row.field() + " '" + row.name() + "' (expected "
                        + row.expected() + "): " + r.explanation());
            } else {
                wrong.add("line " + row.line() + ": " + row.field() + " '" + row.name() + "' expected "
                        + row.expected() + " but went to " + got + ": " + r.explanation());
            }
        }
        System.out.printf("Routing corpus: %d names; routed right %d, held as expected %d, held but certain %d,"
                + " wrong office %d%n", rows.size(), right, held, heldButCertain.size(), wrong.size());
        heldButCertain.forEach(h -> System.out.println("  held but certain: " + h));
        assertThat(wrong).as("names routed to the wrong office").isEmpty();
    }

    @Test
    void corpusIsLargeAndCoversEveryFieldLocationAndMostMailboxes() throws IOException {
        List<Row> rows = rows();
        Set<String> mailboxes = rows.stream().map(Row::expected).filter(e -> !HELD.equals(e))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> fieldLocations = mailboxes.stream()
                .map(code -> directory.mainOfficeOf(RealDirectory.office(code)).code())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
        assertThat(fieldLocations).hasSize(25);
        assertThat(mailboxes).hasSizeGreaterThanOrEqualTo(50);
        assertThat(rows).filteredOn(r -> HELD.equals(r.expected())).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).as("source of line " + r.line()).isNotBlank());
    }

    private Resolution resolve(Row row) {
        return switch (row.field()) {
            case "court" -> resolver.resolve(null, null, row.name());
            case "facility" -> resolver.resolve(null, row.name(), null);
            case "query" -> resolver.resolve(row.name());
            default -> throw new AssertionError("line " + row.line() + ": unknown field " + row.field());
        };
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS);
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\\|", -1);
            assertThat(cells).as("line " + (i + 1) + " has four cells").hasSize(4);
            rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
        }
        return rows;
    }
}
