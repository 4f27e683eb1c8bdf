package org.pdbot.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.render.ExhibitFiles.Bookmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdbot.render.CaseFixtures.aCase;
import static org.pdbot.render.ExhibitFiles.bookmarks;
import static org.pdbot.render.ExhibitFiles.open;
import static org.pdbot.render.ExhibitFiles.pageTexts;
import static org.pdbot.render.PacketFixtures.build;
import static org.pdbot.render.PacketFixtures.packetBuilder;

class PacketSplitTest {

    /** Noise that does not compress: each exhibit page weighs about this much. */
    private static final int PAGE_BYTES = 60_000;

    @TempDir
    Path dir;

    private Packet packetOf(int... exhibitPages) {
        var docs = new ArrayList<org.pdbot.casefile.SupportingDocument>();
        for (int i = 0; i < exhibitPages.length; i++) {
            char letter = (char) ('A' + i);
            docs.add(ExhibitFiles.pdf(dir, "exhibit-" + letter + ".pdf", "EXHIBIT-" + letter, exhibitPages[i],
                    PAGE_BYTES));
        }
        return build(aCase().documents(docs).build(), dir);
    }

    private List<Packet> split(Packet packet, long maxBytes) {
        return packetBuilder().split(packet, maxBytes, dir.resolve("parts"));
    }

    @Test
    void aPacketWithinTheLimitIsReturnedAsItIs() {
        Packet packet = packetOf(1, 1);

        assertThat(split(packet, packet.bytes())).containsExactly(packet);
    }

    @Test
    void partsStayUnderTheLimitKeepExhibitsWholeAndContinueThePageNumbers() {
        Packet packet = packetOf(1, 2, 1, 1);
        long max = 3 * PAGE_BYTES;

        List<Packet> parts = split(packet, max);

        assertThat(parts).hasSizeGreaterThan(1);
        int n = parts.size();
        for (int k = 0; k < n; k++) {
            Packet part = parts.get(k);
            assertThat(part.file().getFileName().toString()).isEqualTo("packet-part-%d-of-%d.pdf".formatted(k + 1, n));
            assertThat(part.bytes()).isLessThanOrEqualTo(max).isEqualTo(size(part.file()));
            assertThat(part.problems()).isEmpty();
            assertThat(part.sections()).extracting(PacketSection::title).noneMatch(t -> t.endsWith("(continued)"));
        }
        List<String> whole = pageTexts(packet.file());
        List<String> joined = new ArrayList<>();
        parts.forEach(p -> joined.addAll(pageTexts(p.file())));
        assertThat(joined).isEqualTo(whole);
        assertThat(parts.stream().flatMap(p -> p.sections().stream()).map(PacketSection::title))
                .containsExactlyElementsOf(packet.sections().stream().map(PacketSection::title).toList());
    }

    @Test
    void eachPartHasBookmarksForItsOwnSections() {
        Packet packet = packetOf(1, 2, 1, 1);

        List<Packet> parts = split(packet, 3 * PAGE_BYTES);

        for (Packet part : parts) {
            assertThat(bookmarks(part.file())).containsExactlyElementsOf(
                    part.sections().stream().map(s -> new Bookmark(s.title(), s.firstPage())).toList());
            assertThat(part.sections().get(0).firstPage()).isEqualTo(1);
        }
    }

    @Test
    void anExhibitBiggerThanTheLimitIsCutBetweenPages() {
        Packet packet = packetOf(1, 6);
        long max = 3 * PAGE_BYTES;

        List<Packet> parts = split(packet, max);

        assertThat(parts).allSatisfy(p -> assertThat(p.bytes()).isLessThanOrEqualTo(max));
        List<String> titles = parts.stream().flatMap(p -> p.sections().stream()).map(PacketSection::title).toList();
        assertThat(titles).contains("Exhibit 2 – exhibit-B.pdf", "Exhibit 2 – exhibit-B.pdf (continued)");
        assertThat(parts.stream().mapToInt(Packet::pages).sum()).isEqualTo(packet.pages());
        List<String> joined = new ArrayList<>();
        parts.forEach(p -> joined.addAll(pageTexts(p.file())));
        assertThat(joined).isEqualTo(pageTexts(packet.file()));
    }

    @Test
    void aSinglePageOverTheLimitIsAPartOfItsOwnAndReported() {
        Packet packet = packetOf(1, 1);
        long max = PAGE_BYTES / 2;

        List<Packet> parts = split(packet, max);

        assertThat(parts.stream().flatMap(p -> p.problems().stream()).toList())
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("alone is", "over the size limit"));
        assertThat(parts.stream().mapToInt(Packet::pages).sum()).isEqualTo(packet.pages());
    }

    @Test
    void partsAreTitledWithTheClientAndTheirNumber() throws IOException {
        Packet packet = packetOf(1, 2, 1, 1);

        List<Packet> parts = split(packet, 3 * PAGE_BYTES);

        try (PDDocument doc = open(parts.get(0).file())) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678 – part 1 of "
                            + parts.size());
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("pdbot");
        }
    }

    @Test
    void aLimitTooSmallToHoldAnyPdfIsRefused() {
        Packet packet = packetOf(1);

        assertThatThrownBy(() -> split(packet, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
