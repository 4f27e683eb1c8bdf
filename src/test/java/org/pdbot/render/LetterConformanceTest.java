package org.pdbot.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdbot.casefile.ANumber;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.SupportingDocument;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter as the packet builder writes it (a packet without merged exhibits is the letter alone) conforms to
 * PDF/A-2a and PDF/UA-1 by veraPDF, for varied cases: detained or not, a narrative over several pages, criminal
 * history, accents and other scripts, a long exhibit index; and says who and what it is about in its metadata
 * and on every page.
 */
class LetterConformanceTest {

    @TempDir
    static Path dir;

    /** label → the packet built for it, once for the class (veraPDF and layout are the slow parts). */
    private static final Map<String, Built> PACKETS = new LinkedHashMap<>();

    private record Built(CaseFile c, Packet packet) {
    }

    private static final String LONG_REASONS = """
            Mr. Núñez has lived in Houston since 2004, when he arrived at the age of nineteen. He married \
            Rosa Elena in 2010; their three children, aged twelve, nine and four, are United States citizens.

            He has worked for the same roofing company for fourteen years and became its crew supervisor in 2019. \
            His employer writes that he trained more than forty workers in fall protection and never missed a day \
            without notice.

            His wife was diagnosed with multiple sclerosis in 2021. He drives her to her infusions every six weeks, \
            and he is the family's only income. Their eldest son receives speech therapy twice a week at school.

            In 2009 he was arrested for driving while intoxicated. He pleaded guilty, completed probation and an \
            alcohol education course, and has not had a drink since 2010, as his counselor's letter confirms.

            His U.S. citizen brother filed a Form I-130 for him in 2016; it was approved in 2019, and the visa is \
            now current. He would apply for a provisional waiver (Form I-601A) once proceedings are dismissed.""";

    /** Names the documents of the long exhibit index, so that its rows can be counted on each page. */
    private static final String ROW_MARK = "ZQXSTATEMENT";

    @BeforeAll
    static void buildLetters() throws IOException {
        PacketBuilder builder = PacketFixtures.packetBuilder();
        Map<String, CaseFile> cases = new LinkedHashMap<>();
        cases.put("detained, no record", CaseFixtures.aCase().documents(List.of()).build());
        cases.put("not detained, narrative over pages, criminal history, accents", CaseFixtures.aCase()
                .name("NÚÑEZ PEÑA, José Luis")
                .aNumber(ANumber.parse("A201555002").orElseThrow())
                .country("México").court("Houston Immigration Court").judge("IJ Zoë Ångström")
                .detained(false).facility(null)
                .pdTypes(List.of(PdType.DISMISS, PdType.CONTINUANCE))
                .reasons(LONG_REASONS + "\n\n" + LONG_REASONS.replace("Mr. Núñez", "He"))
                .criminalHistory(CriminalHistory.of(List.of(
                        "03/14/2009 Harris County, TX: DWI (Tex. Penal Code § 49.04), pleaded guilty; 12 months "
                                + "probation, completed 03/2010",
                        "2012 Houston, TX: arrest for driving without a licence; dismissed")))
                .documents(List.of()).build());
        cases.put("single name, other scripts, long exhibit index", CaseFixtures.aCase()
                .name("Nguyễn")
                .aNumber(ANumber.parse("098765432").orElseThrow())
                .country("Việt Nam").judge("IJ Ольга Петрова")
                .reasons("Nguyễn came to the United States in 1998. Она работает медсестрой. "
                        + "She cares for her mother, Thị Minh Khai, who is 81.")
                .attorney(new Attorney(null, null, null, null))
                .documents(separateDocuments(45)).build());
        cases.put("surname first with particles", CaseFixtures.aCase()
                .name("GUTIÉRREZ DE LA CRUZ, Juan Pablo")
                .aNumber(ANumber.parse("A-212-333-444").orElseThrow())
                .pdTypes(List.of(PdType.JOIN_MTR, PdType.DISMISS))
                .documents(List.of()).build());
        for (Map.Entry<String, CaseFile> e : cases.entrySet()) {
            Path out = dir.resolve(PACKETS.size() + "").resolve(builder.fileName(e.getValue()));
            Packet packet = builder.build(e.getValue(), CaseFixtures.anOffice(), CaseFixtures.REFERENCE,
                    CaseFixtures.TODAY, out);
            assertThat(packet.problems()).as(e.getKey()).isEmpty();
            PACKETS.put(e.getKey(), new Built(e.getValue(), packet));
        }
    }

    static List<String> letters() {
        return List.of("detained, no record", "not detained, narrative over pages, criminal history, accents",
                "single name, other scripts, long exhibit index", "surname first with particles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void letterConformsToPdfA2a(String label) {
        assertThat(VeraPdf.failures(PACKETS.get(label).packet().file(), PDFAFlavour.PDFA_2_A))
                .as("veraPDF PDF/A-2a failures for '%s'", label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void letterConformsToPdfUa1(String label) {
        assertThat(VeraPdf.failures(PACKETS.get(label).packet().file(), PDFAFlavour.PDFUA_1))
                .as("veraPDF PDF/UA-1 failures for '%s'", label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void everyFontOfTheLetterIsEmbedded(String label) throws IOException {
        try (PDDocument doc = ExhibitFiles.open(PACKETS.get(label).packet().file())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVu"));
        }
    }

    @Test
    void metadataNamesTheClientTheAttorneyAndTheRelief() throws IOException {
        try (PDDocument doc = ExhibitFiles.open(PACKETS.get("detained, no record").packet().file())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle())
                    .isEqualTo("Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678");
            assertThat(info.getAuthor()).isEqualTo("Jane Doe");
            assertThat(info.getSubject()).isEqualTo("Joint motion to dismiss, or in the alternative administrative closure");
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).startsWith("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            String xmp = xmp(doc);
            assertThat(xmp).contains("Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678",
                    "<rdf:li>Jane Doe</rdf:li>", "<pdfaid:part>2</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void withoutAnAttorneyTheClinicIsTheAuthor() throws IOException {
        try (PDDocument doc = ExhibitFiles.open(
                PACKETS.get("single name, other scripts, long exhibit index").packet().file())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Southern Immigrant Rights Clinic");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Request for Prosecutorial Discretion – NGUYỄN – A098-765-432");
        }
    }

    @Test
    void everyPageCarriesNameANumberAndPageOfPages() {
        Packet packet = PACKETS.get("not detained, narrative over pages, criminal history, accents").packet();
        List<String> pages = ExhibitFiles.pageTexts(packet.file());
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("NÚÑEZ PEÑA, José Luis – A201-555-002 – Page " + (i + 1) + " of "
                    + pages.size());
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderAndLeavesNoRowAlone() {
        Packet packet = PACKETS.get("single name, other scripts, long exhibit index").packet();
        List<String> pages = ExhibitFiles.pageTexts(packet.file());
        List<Integer> withRows = IntStream.range(0, pages.size())
                .filter(i -> rows(pages.get(i)) > 0).boxed().toList();
        assertThat(withRows).as("the index runs over pages").hasSizeGreaterThan(1);
        List<String> firstPage = pages.get(withRows.get(0)).lines().toList();
        int firstRow = IntStream.range(0, firstPage.size()).filter(l -> rows(firstPage.get(l)) > 0).findFirst()
                .orElseThrow();
        String header = firstPage.get(firstRow - 1);
        for (int i : withRows) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(header);
            assertThat(rows(pages.get(i))).as("rows on page %d", i + 1).isGreaterThan(1);
        }
    }

    /** Exhibit index rows on a page: each names one of {@link #separateDocuments}. */
    private static int rows(String text) {
        return text.toUpperCase(java.util.Locale.ROOT).split(ROW_MARK, -1).length - 1;
    }

    @Test
    void fileNameHasTheSurnameAndTheANumbersLastDigitsOnly() {
        PacketBuilder builder = PacketFixtures.packetBuilder();
        assertThat(builder.fileName(PACKETS.get("detained, no record").c())).isEqualTo("PD-request-LOPEZ-678.pdf");
        assertThat(builder.fileName(PACKETS.get("surname first with particles").c()))
                .isEqualTo("PD-request-GUTIERREZ-DE-LA-CRUZ-444.pdf");
        assertThat(builder.fileName(CaseFixtures.aCase().name("王秀英").build())).isEqualTo("PD-request-678.pdf");
    }

    @Test
    void aPacketWithExhibitsKeepsTheLetterTaggedButClaimsNoConformance() throws IOException {
        CaseFile c = CaseFixtures.aCase().documents(List.of(
                ExhibitFiles.pdf(dir, "passport.pdf", "PASSPORT", 2),
                ExhibitFiles.png(dir, "photo.png", 400, 300))).build();
        Packet packet = PacketFixtures.build(c, dir.resolve("with-exhibits"));
        int letterPages = packet.sections().get(0).pageCount();
        try (PDDocument doc = ExhibitFiles.open(packet.file())) {
            assertThat(xmp(doc)).doesNotContain("pdfaid:", "pdfuaid:")
                    .contains("Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                List<PDFont> fonts = new ArrayList<>();
                collectFonts(doc.getPage(i).getResources(), fonts);
                List<PDFont> ours = i < letterPages ? fonts
                        : fonts.stream().filter(f -> f instanceof PDType0Font).toList();
                assertThat(ours).as("page %d", i + 1).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            }
        }
        List<String> pages = ExhibitFiles.pageTexts(packet.file());
        assertThat(pages.get(letterPages)).contains("LOPEZ, Maria – A012-345-678 – Exhibit 1 – Page "
                + (letterPages + 1) + " of " + pages.size());
    }

    @Test
    void aTemplateWithAnImageWithoutAltOrHeadingsOutOfOrderClaimsNoConformance() throws IOException {
        assertThat(LetterPdf.unreadable(Jsoup.parse("<h1>RE</h1><h2>I.</h2><h3>1.</h3><h2>II.</h2>"))).isNull();
        assertThat(LetterPdf.unreadable(Jsoup.parse("<h2>I.</h2>"))).contains("<h2> follows no h1");
        assertThat(LetterPdf.unreadable(Jsoup.parse("<h1>RE</h1><h3>1.</h3>"))).contains("<h3> follows <h1>");
        assertThat(LetterPdf.unreadable(Jsoup.parse("<h1>RE</h1><img src='logo.png'>"))).contains("alt");
        assertThat(LetterPdf.unreadable(Jsoup.parse("<h1>RE</h1><img src='logo.png' alt=' '>"))).contains("alt");

        Path fine = dir.resolve("fine.pdf");
        Path unfit = dir.resolve("unfit.pdf");
        LetterPdf letters = new LetterPdf(CaseFixtures.TEMPLATES);
        letters.write("<html lang=\"en\"><head><title>T</title></head><body><h1>RE</h1><p>x</p></body></html>", fine);
        letters.write("<html lang=\"en\"><head><title>T</title></head><body><h2>RE</h2><p>x</p></body></html>", unfit);
        try (PDDocument a = ExhibitFiles.open(fine); PDDocument b = ExhibitFiles.open(unfit)) {
            assertThat(xmp(a)).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>");
            assertThat(xmp(b)).doesNotContain("pdfuaid:", "pdfaid:");
        }
        assertThat(VeraPdf.failures(fine, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void openhtmltopdfsOwnMetadataStepIsSkippedSinceThePacketWritesItsOwn() {
        assertThat(LetterPdf.skipsOwnMetadata()).as("a tenth of a letter's CPU; see LetterPdf.OwnMetadata").isTrue();
    }

    private static List<SupportingDocument> separateDocuments(int n) {
        List<SupportingDocument> docs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            docs.add(ExhibitFiles.file(dir, ROW_MARK + i + ".txt", "text/plain", "Statement " + i));
        }
        return docs;
    }

    private static String xmp(PDDocument doc) {
        try {
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts a page draws with, those inside its form XObjects included. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) {
        if (resources == null) {
            return;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form && form.getResources() != resources) {
                    collectFonts(form.getResources(), fonts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
