package org.pdbot.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.casefile.ANumber;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.render.ExhibitFiles.Bookmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.ExhibitFiles.bookmarks;
import static org.pdbot.render.ExhibitFiles.imagesOnPage;
import static org.pdbot.render.ExhibitFiles.open;
import static org.pdbot.render.ExhibitFiles.pageTexts;
import static org.pdbot.render.PacketFixtures.build;

class PacketBuilderTest {

    @TempDir
    Path dir;

    private List<SupportingDocument> fourExhibits() {
        return List.of(
                ExhibitFiles.pdf(dir, "passport.pdf", "PASSPORT-ALPHA", 1),
                ExhibitFiles.pdf(dir, "tax-returns.pdf", "TAXES-BRAVO", 3),
                ExhibitFiles.png(dir, "family-photo.png", 800, 600),
                ExhibitFiles.jpeg(dir, "school-letter.jpg", 600, 900));
    }

    @Test
    void packetIsTheLetterThenEachExhibitInOrder() {
        Packet packet = build(aCase().documents(fourExhibits()).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(packet.pages()).isEqualTo(letter + 1 + 3 + 1 + 1);
        assertThat(packet.sections()).containsExactly(
                new PacketSection("Letter", 1, letter),
                new PacketSection("Exhibit 1 – passport.pdf", letter + 1, 1),
                new PacketSection("Exhibit 2 – tax-returns.pdf", letter + 2, 3),
                new PacketSection("Exhibit 3 – family-photo.png", letter + 5, 1),
                new PacketSection("Exhibit 4 – school-letter.jpg", letter + 6, 1));
        assertThat(packet.problems()).isEmpty();
        assertThat(packet.sentSeparately()).isEmpty();
        assertThat(packet.bytes()).isEqualTo(size(packet.file()));

        List<String> pages = pageTexts(packet.file());
        assertThat(pages).hasSize(packet.pages());
        assertThat(pages.get(letter)).contains("PASSPORT-ALPHA page 1");
        assertThat(pages.get(letter + 1)).contains("TAXES-BRAVO page 1");
        assertThat(pages.get(letter + 2)).contains("TAXES-BRAVO page 2");
        assertThat(pages.get(letter + 3)).contains("TAXES-BRAVO page 3");
        for (int p = 0; p < letter; p++) {
            assertThat(pages.get(p)).doesNotContain("PASSPORT-ALPHA page", "TAXES-BRAVO page");
        }
    }

    @Test
    void bookmarksNameTheLetterAndEachExhibitAndPointAtTheirFirstPages() {
        Packet packet = build(aCase().documents(fourExhibits()).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(bookmarks(packet.file())).containsExactly(
                new Bookmark("Letter", 1),
                new Bookmark("Exhibit 1 – passport.pdf", letter + 1),
                new Bookmark("Exhibit 2 – tax-returns.pdf", letter + 2),
                new Bookmark("Exhibit 3 – family-photo.png", letter + 5),
                new Bookmark("Exhibit 4 – school-letter.jpg", letter + 6));
    }

    @Test
    void letterGivesTheIdentifyingBlockRequestWithAlternativeAndCriminalHistory() {
        Packet packet = build(aCase().documents(fourExhibits()).build(), dir);

        String letter = oneLine(letterText(packet));
        assertThat(letter)
                .contains("Southern Immigrant Rights Clinic", "100 Peachtree St NW", "Atlanta, GA 30303")
                .contains("February 1, 2027")
                .contains("Via email to ICE-OPLA-ATL-SDC-PD@ice.dhs.gov")
                .contains("Office of the Principal Legal Advisor – Atlanta — Stewart")
                .contains("Respondent: LOPEZ, Maria")
                .contains("A-Number: A012-345-678")
                .contains("Custody: Detained at Stewart Detention Center")
                .contains("exercise its prosecutorial discretion by joining in a motion to dismiss these proceedings "
                        + "without prejudice under 8 C.F.R. § 1239.2(c); in the alternative, agreeing to the administrative closure")
                .contains("To counsel's knowledge, Ms. Lopez has never been arrested, charged or convicted of any offense")
                .contains("Jane Doe", "EOIR ID: XY123456")
                .contains("Ref: PD-7Q4K-2M9X");
        assertThat(oneLine(letter)).containsSubsequence("I. Procedural history",
                "II. Reasons for a favorable exercise of discretion", "III. Criminal history", "IV. Conclusion",
                "Respectfully submitted", "Index of exhibits");
    }

    @Test
    void equitiesGivenByFactorPrintUnderTheirFactorOnceAfterTheNarrative() {
        java.util.Map<String, List<String>> equities = new java.util.LinkedHashMap<>();
        equities.put("WORK_EDUCATION", List.of("She has run a licensed day care since 2015."));
        equities.put("TIES", List.of("Her mother is a lawful permanent resident."));
        Packet packet = build(aCase().details(new org.pdbot.casefile.CaseDetails(null, null, List.of(), equities,
                null, null, null, null, false)).build(), dir);

        String letter = oneLine(letterText(packet));
        assertThat(letter).containsSubsequence("She hopes to stay.",
                "Family or community ties in the United States", "Her mother is a lawful permanent resident.",
                "Work and education history in the United States", "She has run a licensed day care since 2015.");
        assertThat(letter.split("Her mother is a lawful permanent resident", -1)).hasSize(2);
        assertThat(letter).doesNotContain("Length of residence in the United States");
    }

    @Test
    void listedCriminalHistoryIsDisclosedEntryByEntry() {
        Packet packet = build(aCase().criminalHistory(CriminalHistory.of(List.of(
                "2015-03-02, Fulton County GA: driving without a license; fine paid",
                "2019-08-10, Cobb County GA: shoplifting; dismissed"))).build(), dir);

        assertThat(oneLine(letterText(packet)))
                .contains("complete list, to counsel's knowledge, of Ms. Lopez's arrests, charges and convictions")
                .containsSubsequence("March 2, 2015, Fulton County GA: driving without a license; fine paid",
                        "August 10, 2019, Cobb County GA: shoplifting; dismissed")
                .doesNotContain("never been arrested");
    }

    @Test
    void exhibitIndexListsEveryDocumentInOrderWithItsPage() {
        Packet packet = build(aCase().documents(fourExhibits()).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(oneLine(letterText(packet))).containsSubsequence(
                "Index of exhibits",
                "1 Passport – " + (letter + 1),
                "2 Tax returns – " + (letter + 2) + "–" + (letter + 4),
                "3 Family photo – " + (letter + 5),
                "4 School letter – " + (letter + 6));
    }

    @Test
    void theIndexGivesTrueExhibitPagesWhenLettersOfDifferentLengthsFollowEachOther() throws IOException {
        PacketBuilder builder = PacketFixtures.packetBuilder();
        String longReasons = String.join("\n\n", java.util.Collections.nCopies(12, CaseFixtures.REASONS));
        List<String> reasons = List.of(CaseFixtures.REASONS, longReasons, CaseFixtures.REASONS, longReasons);
        for (int i = 0; i < reasons.size(); i++) {
            Path out = Files.createDirectories(dir.resolve("letter-" + i)).resolve("packet.pdf");
            Packet packet = builder.build(aCase().reasons(reasons.get(i)).documents(List.of(
                    ExhibitFiles.pdf(dir, "passport.pdf", "PASSPORT-ALPHA", 1))).build(),
                    CaseFixtures.anOffice(), CaseFixtures.REFERENCE, CaseFixtures.TODAY, out);

            int letter = packet.sections().get(0).pageCount();
            assertThat(letter).isGreaterThanOrEqualTo(reasons.get(i) == longReasons ? 3 : 2);
            assertThat(packet.sections().get(1).firstPage()).isEqualTo(letter + 1);
            assertThat(oneLine(letterText(packet))).contains("1 Passport – " + (letter + 1));
        }
    }

    @Test
    void pngAndJpegExhibitsBecomeOnePageEachShowingTheImage() {
        Packet packet = build(aCase().documents(List.of(
                ExhibitFiles.png(dir, "photo.png", 1200, 300),
                ExhibitFiles.jpeg(dir, "scan.jpeg", 500, 2000))).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(packet.pages()).isEqualTo(letter + 2);
        assertThat(imagesOnPage(packet.file(), letter + 1)).isEqualTo(1);
        assertThat(imagesOnPage(packet.file(), letter + 2)).isEqualTo(1);
        try (PDDocument doc = open(packet.file())) {
            assertThat(doc.getPage(letter).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(letter + 1).getMediaBox().getHeight()).isEqualTo(792f);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyPageCarriesContinuousPageNumbers() {
        Packet packet = build(aCase().documents(fourExhibits()).build(), dir);

        List<String> pages = pageTexts(packet.file());
        int total = pages.size();
        int letter = packet.sections().get(0).pageCount();
        for (int p = 1; p <= total; p++) {
            assertThat(pages.get(p - 1)).contains("Page " + p + " of " + total);
        }
        assertThat(pages.get(letter)).contains("Exhibit 1 – Page " + (letter + 1) + " of " + total);
        assertThat(pages.get(letter + 5)).contains("Exhibit 4 – Page " + (letter + 6) + " of " + total);
    }

    @Test
    void aCorruptPdfExhibitIsReportedAndTheRestIsBuilt() {
        SupportingDocument broken = ExhibitFiles.file(dir, "medical-records.pdf", "application/pdf",
                "this is not a PDF at all, just text with a .pdf name");
        Packet packet = build(aCase().documents(List.of(
                ExhibitFiles.pdf(dir, "passport.pdf", "PASSPORT-ALPHA", 1),
                broken,
                ExhibitFiles.pdf(dir, "lease.pdf", "LEASE-CHARLIE", 2))).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(packet.problems()).singleElement().asString()
                .contains("Exhibit 2 'medical-records.pdf' could not be included", "not a readable PDF");
        assertThat(packet.sections()).extracting(PacketSection::title)
                .containsExactly("Letter", "Exhibit 1 – passport.pdf", "Exhibit 3 – lease.pdf");
        assertThat(packet.pages()).isEqualTo(letter + 3);
        assertThat(oneLine(letterText(packet))).containsSubsequence(
                "1 Passport – " + (letter + 1),
                "2 Medical records (could not be included)",
                "3 Lease – " + (letter + 2) + "–" + (letter + 3));
        assertThat(pageTexts(packet.file()).get(letter + 1)).contains("LEASE-CHARLIE page 1");
    }

    @Test
    void aTruncatedPdfExhibitDoesNotStopTheBuild() throws IOException {
        SupportingDocument good = ExhibitFiles.pdf(dir, "good.pdf", "GOOD", 1);
        byte[] bytes = Files.readAllBytes(good.file());
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, java.util.Arrays.copyOf(bytes, 40));

        Packet packet = build(aCase().documents(List.of(ExhibitFiles.document(cut, "application/pdf"), good))
                .build(), dir);

        assertThat(packet.problems()).singleElement().asString().contains("Exhibit 1 'cut.pdf'");
        assertThat(packet.sections()).extracting(PacketSection::title).containsExactly("Letter", "Exhibit 2 – good.pdf");
    }

    @Test
    void aCorruptImageIsReportedNotFatal() {
        SupportingDocument junk = ExhibitFiles.file(dir, "photo.png", "image/png", "not a png");

        Packet packet = build(aCase().documents(List.of(junk)).build(), dir);

        assertThat(packet.problems()).singleElement().asString()
                .contains("Exhibit 1 'photo.png' could not be included", "not a readable image");
        assertThat(packet.sections()).hasSize(1);
    }

    @Test
    void pngDecompressionBombIsRefusedBeforeDecoding() throws IOException {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngHeaderOnly(100_000, 100_000));

        Packet packet = build(aCase().documents(List.of(ExhibitFiles.document(bomb, "image/png"))).build(), dir);

        assertThat(packet.problems()).singleElement().asString()
                .contains("Exhibit 1 'bomb.png' could not be included", "too large", "10000 megapixels");
    }

    /** A PNG signature and IHDR chunk claiming {@code width} × {@code height}, and no image data. */
    private static byte[] pngHeaderOnly(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }

    @Test
    void otherFileTypesAreListedAsSentSeparatelyNotMerged() {
        SupportingDocument statement = ExhibitFiles.file(dir, "statement.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK fake docx");
        SupportingDocument notes = ExhibitFiles.file(dir, "notes.txt", "text/plain", "NOTES-DELTA");
        Packet packet = build(aCase().documents(List.of(
                statement, ExhibitFiles.pdf(dir, "passport.pdf", "PASSPORT-ALPHA", 1), notes)).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(packet.sentSeparately()).containsExactly(statement, notes);
        assertThat(packet.problems()).isEmpty();
        assertThat(packet.sections()).extracting(PacketSection::title)
                .containsExactly("Letter", "Exhibit 2 – passport.pdf");
        assertThat(oneLine(letterText(packet))).containsSubsequence(
                "1 Statement (sent separately, attached to the email)",
                "2 Passport – " + (letter + 1),
                "3 Notes (sent separately");
        assertThat(String.join("\n", pageTexts(packet.file()))).doesNotContain("NOTES-DELTA");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsMergedAndOneNeedingAPasswordToOpenIsReported() throws IOException {
        SupportingDocument restricted = encrypt(ExhibitFiles.pdf(dir, "restricted.pdf", "RESTRICTED-ECHO", 1), "");
        SupportingDocument locked = encrypt(ExhibitFiles.pdf(dir, "locked.pdf", "LOCKED-FOXTROT", 1), "secret");

        Packet packet = build(aCase().documents(List.of(restricted, locked)).build(), dir);

        int letter = packet.sections().get(0).pageCount();
        assertThat(packet.sections()).extracting(PacketSection::title)
                .containsExactly("Letter", "Exhibit 1 – restricted.pdf");
        assertThat(pageTexts(packet.file()).get(letter)).contains("RESTRICTED-ECHO page 1");
        assertThat(packet.problems()).singleElement().asString()
                .contains("Exhibit 2 'locked.pdf'", "protected by a password");
        try (PDDocument doc = open(packet.file())) {
            assertThat(doc.isEncrypted()).isFalse();
        }
    }

    private static SupportingDocument encrypt(SupportingDocument d, String userPassword) throws IOException {
        try (PDDocument doc = open(d.file())) {
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
            doc.save(d.file().resolveSibling("encrypted.tmp").toFile());
        }
        Files.move(d.file().resolveSibling("encrypted.tmp"), d.file(), StandardCopyOption.REPLACE_EXISTING);
        return ExhibitFiles.document(d.file(), d.contentType());
    }

    @Test
    void aMissingExhibitFileIsReported() {
        Packet packet = build(aCase().documents(List.of(new SupportingDocument("gone.pdf", "application/pdf",
                dir.resolve("gone.pdf"), 10))).build(), dir);

        assertThat(packet.problems()).singleElement().asString().contains("'gone.pdf'", "missing");
    }

    @Test
    void aCaseWithoutDocumentsSaysSoInTheIndex() {
        Packet packet = build(aCase().documents(List.of()).build(), dir);

        assertThat(packet.sections()).hasSize(1);
        assertThat(oneLine(letterText(packet))).contains("Enclosures: none").doesNotContain("Index of exhibits");
    }

    @Test
    void accentedAndNonLatinNamesPrint() {
        Packet packet = build(aCase().name("José Núñez Ñandú").country("Perú")
                .criminalHistory(CriminalHistory.of(List.of("Ärger in Köln — Łódź, Дмитрий, Nguyễn"))).build(), dir);

        assertThat(letterText(packet))
                .contains("José Núñez Ñandú")
                .contains("Perú")
                .contains("Ärger in Köln — Łódź, Дмитрий, Nguyễn");
    }

    @Test
    void lettersLaidOutAtOnceOnSeveralThreadsEachKeepTheirOwnText() throws Exception {
        PacketBuilder builder = PacketFixtures.packetBuilder();
        List<String> names = List.of("Zoë Ångström", "Дмитрий Петров", "Nguyễn Thị Lan", "Ana Souza");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(names.size());
        try {
            List<java.util.concurrent.Future<Packet>> packets = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < names.size(); i++) {
                    Path out = Files.createDirectories(dir.resolve("p" + round + "-" + i)).resolve("packet.pdf");
                    var c = aCase().name(names.get(i)).build();
                    packets.add(pool.submit(() -> builder.build(c, CaseFixtures.anOffice(), CaseFixtures.REFERENCE,
                            CaseFixtures.TODAY, out)));
                }
            }
            for (int k = 0; k < packets.size(); k++) {
                assertThat(letterText(packets.get(k).get())).contains(names.get(k % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metadataGivesTitleAuthorSubjectAndPdbotAsProducer() {
        Packet packet = build(aCase().aNumber(ANumber.parse("A 123-456-778").orElseThrow()).build(), dir);

        try (PDDocument doc = open(packet.file())) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Request for Prosecutorial Discretion – LOPEZ, Maria – A123-456-778");
            assertThat(info.getAuthor()).isEqualTo("Jane Doe");
            assertThat(info.getSubject()).isEqualTo("Joint motion to dismiss, or in the alternative administrative closure");
            assertThat(info.getProducer()).isEqualTo("pdbot");
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void buildingAgainReplacesThePacketAndLeavesNoWorkFiles() throws IOException {
        build(aCase().documents(fourExhibits()).build(), dir);
        Packet second = build(aCase().documents(List.of()).build(), dir);

        assertThat(second.pages()).isEqualTo(second.sections().get(0).pageCount());
        assertThat(open(second.file()).getNumberOfPages()).isEqualTo(second.pages());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".packet-") || n.endsWith(".partial"));
        }
    }

    @Test
    void aCaseMissingARequiredValueFailsNamingIt() {
        assertThatThrownBy(() -> build(aCase().aNumber(null).build(), dir))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("letter.html.ftlh")
                .hasMessageContaining("aNumber");
        assertThat(dir.resolve("packet.pdf")).doesNotExist();
    }

    static String letterText(Packet packet) {
        List<String> pages = pageTexts(packet.file());
        return String.join("\n", pages.subList(0, packet.sections().get(0).pageCount()));
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
