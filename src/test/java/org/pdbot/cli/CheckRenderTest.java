package org.pdbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdbot check --render DIR FILE…}: the draft the bot would make, previewed without the bot. */
class CheckRenderTest {

    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    @TempDir
    Path work;

    @Test
    void writesAReadablePacketAndTheDraftTextForEachCaseUnderNamesWithoutTheANumber() throws Exception {
        Path mail = Path.of("src/test/resources/intake/direct-plain.eml");
        Path json = case_("A206-555-318.json", "Nguyen Van An", "A206555318", "Atlanta",
                LocalDate.now().plusDays(200));
        Path out = work.resolve("preview");

        Run run = check("--render", out.toString(), mail.toString(), json.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder("direct-plain.pdf", "direct-plain.draft.txt",
                "Axxx-xxx-x18.pdf", "Axxx-xxx-x18.draft.txt");
        String letter = pdfText(out.resolve("direct-plain.pdf"));
        assertThat(letter).contains("Maria Lopez").contains("A201-555-001").contains(WRITTEN.format(LocalDate.now()));
        String draft = Files.readString(out.resolve("direct-plain.draft.txt"));
        assertThat(draft).contains("This is a DRAFT. Nothing has been sent to OPLA").contains("COMPLIANCE CHECK")
                .contains("ICE-OPLA-ATL-PD@ice.dhs.gov").contains("Attached:  direct-plain.pdf")
                .contains("Ms. Lopez has lived in the United States since 2009");
        assertThat(pdfText(out.resolve("Axxx-xxx-x18.pdf"))).contains("A206-555-318").contains("Nguyen Van An");
        assertThat(run.out()).contains("Wrote:").contains(out.resolve("direct-plain.pdf").toString());
    }

    @Test
    void printsTheComplianceWarningsAndBlockingFindingsTheDraftWouldCarry() throws Exception {
        Path soon = case_("soon.json", "Amina Diallo", "A207555401", "Atlanta", LocalDate.now().plusDays(9));
        Path past = case_("past.json", "Jonas Berg", "A207555402", "Atlanta", LocalDate.now().minusDays(3));

        Run run = check(soon.toString(), past.toString());

        assertThat(run.exit()).isEqualTo(1);
        String[] perFile = run.out().split("(?m)^(?=\\S)");
        assertThat(perFile[0]).startsWith(soon + ": OK").contains("- warning: The next hearing is on "
                + WRITTEN.format(LocalDate.now().plusDays(9)));
        assertThat(perFile[1]).startsWith(past + ": NOT submittable").contains("- BLOCKING: The next hearing date, "
                + WRITTEN.format(LocalDate.now().minusDays(3)) + ", is in the past");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("soon.json", "past.json");
        }
    }

    @Test
    void aCaseThatCannotBeSubmittedWritesNothingAndSaysWhy() throws Exception {
        Path incomplete = work.resolve("incomplete.json");
        Files.writeString(incomplete, "{\"name\": \"Sara Haile\", \"court\": \"Atlanta\"}");
        Path out = work.resolve("preview");

        Run run = check("--render", out.toString(), "--json", incomplete.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"ok\":false").contains("\"written\":[]");
        assertThat(names(out)).isEmpty();
    }

    private Path case_(String file, String name, String aNumber, String court, LocalDate hearing) throws Exception {
        Path p = work.resolve(file);
        Files.writeString(p, """
                {"name": "%s", "aNumber": "%s", "court": "%s", "detained": false,
                 "nextHearing": "%s at 9:00 AM", "pdTypes": ["DISMISS"],
                 "reasons": "%s has lived in the United States for twelve years and cares for two U.S. citizen children.",
                 "criminalHistory": "None",
                 "attorney": {"name": "Ana Rivera", "eoirId": "AB123456", "email": "arivera@clinic.test"}}
                """.formatted(name, aNumber, court, TYPED.format(hearing), name));
        return p;
    }

    private record Run(int exit, String out) {
    }

    private static Run check(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String[] all = Stream.concat(Stream.of("--config", "config", "check"), Stream.of(args)).toArray(String[]::new);
            int exit = PdbotCommand.run(all);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
