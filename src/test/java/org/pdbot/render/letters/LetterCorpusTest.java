package org.pdbot.render.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.Posture;
import org.pdbot.render.Clinic;
import org.pdbot.render.FactorClassifier;
import org.pdbot.render.Packet;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;
import org.pdbot.render.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every letter of the corpus, rendered as the bot renders it (packet PDF and draft text), read back from the PDF
 * and held to the rules of a letter an attorney signs unchanged. The packets and their texts stay under
 * {@code target/letters/} for a person to read.
 */
class LetterCorpusTest {

    private static final Path OUT = Path.of("target", "letters");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\w/.-])(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2})(?![\\w/-])");
    /** A sentence ends at . ! or ? before a capital, but not after an abbreviation such as "U.S." or "Mr.". */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:U\\.S|Mr|Ms|Mrs|Dr|No|Ex|Exs|C\\.F\\.R|Hon|St|Jr|[A-Z]))[.!?](?=\\s+[A-Z(])");

    private static final Map<String, Rendered> LETTERS = new HashMap<>();
    private static final Map<String, Path> LETTERS_ALONE = new HashMap<>();
    private static List<LetterCase> corpus;

    record Rendered(LetterCase letterCase, String pdfText, String draftText, String subject) {
    }

    @BeforeAll
    static void renderEveryLetter() throws IOException {
        Files.createDirectories(OUT);
        Templates templates = new Templates(Path.of("templates"));
        Clinic clinic = new Clinic("Northside Immigrant Justice Clinic", "pd@clinic.test",
                "250 West 57th Street, Suite 900\nNew York, NY 10107", "(212) 555-0100");
        FactorClassifier factors = FactorClassifier.load(Path.of("config", "opla-factors.yaml"));
        PacketBuilder packets = new PacketBuilder(templates, clinic, factors);
        RequestRenderer renderer = new RequestRenderer(templates, clinic, factors);
        corpus = LetterCases.all(OUT.resolve("exhibits"));
        for (LetterCase lc : corpus) {
            Packet packet = packets.build(lc.caseFile(), lc.office(), "PD-TEST-" + lc.id().length(), TODAY,
                    OUT.resolve(lc.id() + ".pdf"));
            int letterPages = packet.sections().get(0).pageCount();
            String pdfText;
            try (PDDocument pdf = Loader.loadPDF(packet.file().toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setEndPage(letterPages);
                pdfText = stripper.getText(pdf);
            }
            RenderedRequest request = renderer.render(lc.caseFile(), lc.office(), "PD-TEST", TODAY);
            Files.writeString(OUT.resolve(lc.id() + ".txt"), packet.letterText());
            LETTERS.put(lc.id(), new Rendered(lc, pdfText, packet.letterText(), request.subject()));
            // a packet with exhibits holds whatever PDFs the clinic had; the letter alone is what claims conformance
            LETTERS_ALONE.put(lc.id(), packets.build(lc.caseFile().toBuilder().documents(List.of()).build(),
                    lc.office(), "PD-TEST", TODAY, OUT.resolve(lc.id() + "-letter.pdf")).file());
        }
    }

    @TestFactory
    Stream<DynamicTest> theCorpusIsVaried() {
        return Stream.of(DynamicTest.dynamicTest("at least 15 cases", () -> assertThat(corpus).hasSizeGreaterThanOrEqualTo(15)));
    }

    @TestFactory
    Stream<DynamicTest> everyNarrativeSentenceIsPrintedExactlyOnceAndInOrder() {
        return each(r -> {
            String letter = flat(r.pdfText());
            int at = 0;
            for (String sentence : narrativeSentences(r.letterCase().caseFile())) {
                assertThat(count(letter, sentence)).as("'%s' in %s: %s", sentence, r.letterCase().id(),
                        around(letter, sentence)).isEqualTo(1);
                int found = letter.indexOf(sentence);
                assertThat(found).as("'%s' comes after the sentence before it", sentence).isGreaterThanOrEqualTo(at);
                at = found;
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> noSentenceIsPrintedTwice() {
        return each(r -> {
            Map<String, Integer> seen = new HashMap<>();
            for (String s : SENTENCE_END.split(flat(r.pdfText()))) {
                if (s.strip().length() >= 40) {
                    seen.merge(s.strip(), 1, Integer::sum);
                }
            }
            seen.entrySet().removeIf(e -> e.getValue() == 1 || isRestatedRequest(e.getKey()));
            assertThat(seen).as("sentences printed more than once").isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> noDateIsWrittenAsNumbers() {
        return each(r -> {
            assertThat(NUMERIC_DATE.matcher(r.pdfText()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
            assertThat(NUMERIC_DATE.matcher(r.draftText()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> noneIsStatedOnlyForAClientWithNoRecord() {
        return each(r -> {
            CaseFile c = r.letterCase().caseFile();
            String letter = flat(r.pdfText());
            if (c.criminalHistory().none()) {
                assertThat(letter).contains("To counsel's knowledge, " + shortName(r) + " has never been arrested, charged or convicted");
                assertThat(letter).doesNotContain("Criminal history and mitigation");
            } else {
                assertThat(letter).doesNotContain("never been arrested, charged or convicted");
                assertThat(letter).contains("CRIMINAL HISTORY AND MITIGATION".substring(0, 0)).contains("Criminal history and mitigation");
            }
            assertThat(letter).doesNotContain("no arrests and no convictions");
        });
    }

    @TestFactory
    Stream<DynamicTest> aFinalOrderIsNeverCalledPending() {
        return each(r -> {
            Posture p = r.letterCase().caseFile().details().posture();
            String letter = flat(r.pdfText());
            if (p.hasFinalOrder()) {
                assertThat(letter).doesNotContain("pending before the").doesNotContain("proceedings are pending");
                assertThat(letter).contains("entered an order of");
            }
            if (p.stage() == Posture.Stage.BIA) {
                assertThat(letter).contains("pending before the Board of Immigration Appeals")
                        .doesNotContain("proceedings are pending");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> theReliefIsJoinedAsItsRelationsSay() {
        return each(r -> {
            CaseFile c = r.letterCase().caseFile();
            String letter = flat(r.pdfText());
            String request = requestParagraph(letter);
            int at = 0;
            for (String part : r.letterCase().reliefWords().split(" … ")) {
                int found = request.indexOf(part, at);
                assertThat(found).as("'%s' in order in: %s", part, request).isGreaterThanOrEqualTo(0);
                at = found + part.length();
            }
            long alternatives = java.util.stream.IntStream.range(1, c.pdTypes().size())
                    .filter(i -> c.details().relief().relation(i) == PdRelation.ALTERNATIVE).count();
            long sequence = java.util.stream.IntStream.range(1, c.pdTypes().size())
                    .filter(i -> c.details().relief().relation(i) == PdRelation.AND_THEN).count();
            assertThat(count(request, "in the alternative")).as(request).isEqualTo((int) alternatives);
            assertThat(count(request, ", and then ")).as(request).isEqualTo((int) sequence);
        });
    }

    @TestFactory
    Stream<DynamicTest> theNameIsFiledAsGivenAndWrittenNaturallyInProse() {
        return each(r -> {
            String letter = flat(r.pdfText());
            assertThat(letter).contains("Respondent: " + r.letterCase().filedAs());
            assertThat(letter).contains("represents " + r.letterCase().prose() + ".");
            assertThat(letter).contains("cc: " + r.letterCase().prose() + ", Respondent");
            String body = letter.substring(letter.indexOf("Dear Chief Counsel"));
            if (!r.letterCase().filedAs().equals(r.letterCase().prose().toUpperCase())) {
                assertThat(body).doesNotContain(r.letterCase().filedAs() + ",");
            }
            assertThat(r.subject()).startsWith("Request for prosecutorial discretion – ")
                    .contains(r.letterCase().filedAs())
                    .contains(r.letterCase().caseFile().aNumber().formatted())
                    .doesNotContainPattern("\\b(DISMISS|ADMIN_CLOSE|STIP_BOND|JOIN_MTR)\\b");
        });
    }

    @TestFactory
    Stream<DynamicTest> theDraftTextIsTheLettersText() {
        return each(r -> {
            String pdf = flat(r.pdfText()).replaceAll("Page \\d+ of \\d+", "");
            for (String sentence : narrativeSentences(r.letterCase().caseFile())) {
                assertThat(flat(r.draftText())).contains(sentence);
            }
            for (String part : List.of("Dear Chief Counsel:", "Respectfully submitted,", "Attorney for Respondent",
                    "Via email to " + r.letterCase().office().pdAddress())) {
                assertThat(flat(r.draftText())).contains(part);
                assertThat(pdf).contains(part);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyLetterIsPdfA2aAndPdfUa1() {
        return each(r -> {
            Path letter = LETTERS_ALONE.get(r.letterCase().id());
            assertThat(VeraPdf.failures(letter, PDFAFlavour.PDFA_2_A)).isEmpty();
            assertThat(VeraPdf.failures(letter, PDFAFlavour.PDFUA_1)).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> eachFormNumberAndDateStaysOnOneLine() {
        Pattern broken = Pattern.compile("(?:January|February|March|April|May|June|July|August|September|October"
                + "|November|December)\\R|\\b\\d{1,2},\\R\\d{4}|\\b[A-Z]{1,4}-\\R\\d|\\b\\d{1,2}:\\R|\\bA\\d{3}-\\R");
        return each(r -> assertThat(broken.matcher(r.pdfText()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty());
    }

    private static boolean isRestatedRequest(String sentence) {
        // the conclusion restates the request on purpose, with its own opening words
        return sentence.contains("exercise its prosecutorial discretion");
    }

    private static String requestParagraph(String letter) {
        int start = letter.indexOf("we respectfully request that");
        Matcher end = SENTENCE_END.matcher(letter);
        assertThat(end.find(start)).isTrue();
        return letter.substring(start, end.end());
    }

    private static String shortName(Rendered r) {
        Matcher m = Pattern.compile("On (.+?)'s behalf").matcher(flat(r.pdfText()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The narrative's sentences as the letter must print them: dates written out, nothing else changed. */
    static List<String> narrativeSentences(CaseFile c) {
        List<String> out = new ArrayList<>();
        String reasons = c.reasons().replaceAll("(?m)^\\s*- ", "").replaceAll("\\s+", " ");
        reasons = reasons.replace("05/01/2024", "May 1, 2024").replace("11/02/2026", "November 2, 2026")
                .replace("2026-07-14", "July 14, 2026").replace("04/02/2010", "April 2, 2010");
        Matcher m = Pattern.compile("[^.!?]*?[a-z0-9)][.!?](?=\\s|$)").matcher(reasons);
        while (m.find()) {
            String s = m.group().strip();
            if (s.length() > 20) {
                out.add(s);
            }
        }
        return out;
    }

    private static String around(String letter, String sentence) {
        int at = letter.indexOf(sentence.substring(0, Math.min(25, sentence.length())));
        return at < 0 ? "(not found)" : letter.substring(at, Math.min(letter.length(), at + sentence.length() + 40));
    }

    /** The text on one line, without the page footers a sentence running over a page break is cut by. */
    private static String flat(String text) {
        return text.replaceAll("(?m)^.*Page \\d+ of \\d+.*$", " ").replaceAll("(?<=\\p{L})-\\R(?=\\p{L})", "-")
                .replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private Stream<DynamicTest> each(java.util.function.Consumer<Rendered> check) {
        return corpus.stream().map(lc -> DynamicTest.dynamicTest(lc.id(), () -> check.accept(LETTERS.get(lc.id()))));
    }
}
