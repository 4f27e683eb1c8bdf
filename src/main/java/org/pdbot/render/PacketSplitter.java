package org.pdbot.render;

import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a packet into numbered parts under a size limit. Sections (the letter, each exhibit) are the units:
 * as many whole sections go into a part as fit; a section too big for any part is cut between pages. Sizes are
 * first estimated section by section, then each part is checked by writing it; a part over the limit gives its
 * last unit back to the next part. Pages keep the numbers stamped on the whole packet.
 */
final class PacketSplitter {

    /** Room kept for the part's own outline and metadata, which estimates do not count. */
    private static final long MARGIN = 2_048;

    private final long maxBytes;

    PacketSplitter(long maxBytes) {
        if (maxBytes <= MARGIN) {
            throw new IllegalArgumentException("A packet size limit must be more than " + MARGIN + " bytes");
        }
        this.maxBytes = maxBytes;
    }

    /** Pages [from, to] of the packet, 0-based and inclusive. */
    private record Range(int from, int to) {
    }

    List<Packet> split(Packet packet, Path outputDir) {
        if (packet.bytes() <= maxBytes) {
            return List.of(packet);
        }
        try (PDDocument whole = PdfFiles.load(packet.file())) {
            PDDocumentInformation info = whole.getDocumentInformation();
            String title = info.getTitle() == null ? PacketIdentity.TITLE : info.getTitle();
            String author = info.getAuthor();
            String subject = info.getSubject();
            List<Range> units = units(whole, packet.sections());
            List<Range> parts = new ArrayList<>();
            List<List<String>> problems = new ArrayList<>();
            int i = 0;
            while (i < units.size()) {
                int j = i;
                long estimate = size(whole, units.get(i));
                while (j + 1 < units.size() && estimate + size(whole, units.get(j + 1)) <= maxBytes - MARGIN) {
                    j++;
                    estimate += size(whole, units.get(j));
                }
                List<String> partProblems = new ArrayList<>();
                while (true) {
                    Range range = new Range(units.get(i).from(), units.get(j).to());
                    long actual = written(whole, range, packet.sections(), title + " – part 99 of 99", author,
                            subject, null);
                    if (actual <= maxBytes) {
                        break;
                    }
                    if (j > i) {
                        j--;
                    } else if (range.from() < range.to()) {
                        units.remove(i);
                        units.addAll(i, pages(range));
                        j = i;
                    } else {
                        partProblems.add("Page %d alone is %s, over the size limit of %s; it is sent as a part of its own"
                                .formatted(range.from() + 1, megabytes(actual), megabytes(maxBytes)));
                        break;
                    }
                }
                parts.add(new Range(units.get(i).from(), units.get(j).to()));
                problems.add(partProblems);
                i = j + 1;
            }
            return write(whole, packet, parts, problems, title, author, subject, outputDir);
        } catch (IOException e) {
            throw new RenderException("The PD packet '" + packet.file().getFileName() + "' could not be split: "
                    + ExhibitReader.reason(e), e);
        }
    }

    private List<Packet> write(PDDocument whole, Packet packet, List<Range> parts, List<List<String>> problems,
                               String title, String author, String subject, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        String base = packet.file().getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        int n = parts.size();
        List<Packet> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Range range = parts.get(k);
            Path file = outputDir.resolve("%s-part-%d-of-%d.pdf".formatted(base, k + 1, n));
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            written(whole, range, packet.sections(), "%s – part %d of %d".formatted(title, k + 1, n), author,
                    subject, partial);
            PdfFiles.moveInto(partial, file);
            out.add(new Packet(file, range.to() - range.from() + 1, Files.size(file),
                    sections(packet.sections(), range), problems.get(k), List.of(), packet.letterText()));
        }
        return out;
    }

    /** One unit per section; a section alone over the limit is cut into runs of pages that fit. */
    private List<Range> units(PDDocument whole, List<PacketSection> sections) throws IOException {
        List<Range> units = new ArrayList<>();
        for (PacketSection s : sections) {
            Range section = new Range(s.firstPage() - 1, s.firstPage() - 2 + s.pageCount());
            if (size(whole, section) <= maxBytes - MARGIN) {
                units.add(section);
                continue;
            }
            Range run = null;
            long runSize = 0;
            for (Range page : pages(section)) {
                long pageSize = size(whole, page);
                if (run != null && runSize + pageSize <= maxBytes - MARGIN) {
                    run = new Range(run.from(), page.to());
                    runSize += pageSize;
                } else {
                    if (run != null) {
                        units.add(run);
                    }
                    run = page;
                    runSize = pageSize;
                }
            }
            units.add(run);
        }
        return units;
    }

    private static List<Range> pages(Range range) {
        List<Range> pages = new ArrayList<>();
        for (int p = range.from(); p <= range.to(); p++) {
            pages.add(new Range(p, p));
        }
        return pages;
    }

    /** The pages alone, as a PDF of their own: their share of the packet's size, shared fonts counted in full. */
    private static long size(PDDocument whole, Range range) throws IOException {
        return written(whole, range, List.of(), null, null, null, null);
    }

    /** Writes pages [from, to] with the sections' bookmarks to {@code file}, or only counts the bytes when null. */
    private static long written(PDDocument whole, Range range, List<PacketSection> sections, String title,
                                String author, String subject, Path file) throws IOException {
        Splitter splitter = new Splitter();
        splitter.setStreamCacheCreateFunction(IOUtils.createTempFileOnlyStreamCache());
        splitter.setStartPage(range.from() + 1);
        splitter.setEndPage(range.to() + 1);
        splitter.setSplitAtPage(range.to() - range.from() + 1);
        List<PDDocument> docs = splitter.split(whole);
        try (PDDocument part = docs.get(0)) {
            List<PacketSection> partSections = sections(sections, range);
            if (!partSections.isEmpty()) {
                PdfFiles.outline(part, partSections);
            }
            if (title != null) {
                // a part of a packet is not the whole document its metadata would describe: no conformance claim
                PdfFiles.describe(part, title, author, subject, false);
            }
            if (file == null) {
                CountingStream counter = new CountingStream();
                part.save(counter);
                return counter.count;
            }
            part.save(file.toFile());
            return Files.size(file);
        }
    }

    /** The sections that overlap the range, renumbered from the range's first page. */
    private static List<PacketSection> sections(List<PacketSection> sections, Range range) {
        List<PacketSection> out = new ArrayList<>();
        for (PacketSection s : sections) {
            int first = s.firstPage() - 1;
            int last = first + s.pageCount() - 1;
            int from = Math.max(first, range.from());
            int to = Math.min(last, range.to());
            if (from > to) {
                continue;
            }
            String title = from > first ? s.title() + " (continued)" : s.title();
            out.add(new PacketSection(title, from - range.from() + 1, to - from + 1));
        }
        return out;
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / 1_000_000.0);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
