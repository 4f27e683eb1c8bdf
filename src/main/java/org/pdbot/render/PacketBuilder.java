package org.pdbot.render;

import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Builds a case's PD packet: the request as a letter ({@code letter.html.ftlh}, rendered from the same model
 * as the email), then each supporting document as an exhibit, in order, with bookmarks and page numbers that
 * run across the whole packet.
 *
 * <p>Exhibits: a PDF is appended as it is (its own bookmarks, JavaScript and open actions are dropped); a JPEG
 * or PNG becomes one Letter page; any other type (doc, txt…) is not merged but listed in the letter's exhibit
 * index as sent separately and returned in {@link Packet#sentSeparately()}. A PDF or image that cannot be read
 * is listed as not included and returned in {@link Packet#problems()}; it never stops the build.
 *
 * <p>Large exhibits are read through PDFBox's temp-file stream cache and the packet is streamed to the output
 * file, so a big scan is not held in memory.
 *
 * <p>Longer than most: each exhibit type's merge shares the page numbering, the index and the streaming cache.
 */
public final class PacketBuilder {

    static final String LETTER = "letter.html.ftlh";
    /** Re-layouts of the letter until its page count, which the exhibit index quotes, stops changing. */
    private static final int MAX_LAYOUTS = 4;

    private final Templates templates;
    private final Clinic clinic;
    private final FactorClassifier classifier;
    private final CourtNames courts;
    private final LetterPdf letterPdf;
    /**
     * The page count the last letter settled on: the first guess for the next one, so that a letter as long as
     * the last is laid out once, not twice. Any guess is safe: a layout is kept only when its page count is the
     * one its exhibit index assumed.
     */
    private final AtomicInteger lastLetterPages = new AtomicInteger(1);

    public PacketBuilder(Templates templates, Clinic clinic, FactorClassifier classifier) {
        this(templates, clinic, classifier, CourtNames.asWritten());
    }

    public PacketBuilder(Templates templates, Clinic clinic, FactorClassifier classifier, CourtNames courts) {
        this.templates = Objects.requireNonNull(templates);
        this.clinic = Objects.requireNonNull(clinic);
        this.classifier = Objects.requireNonNull(classifier);
        this.courts = Objects.requireNonNull(courts);
        this.letterPdf = new LetterPdf(templates.folder());
    }

    /**
     * Writes the packet to {@code outputFile} (replacing it; the file appears only once complete).
     *
     * @throws RenderException when the letter cannot be rendered (the message names what the case lacks) or the
     *                         packet cannot be written
     */
    public Packet build(CaseFile c, Office office, String reference, LocalDate today, Path outputFile) {
        Map<String, Object> model = RequestModel.of(c, office, clinic, reference, today, classifier, courts);
        PacketIdentity identity = PacketIdentity.of(c, clinic);
        Path work = null;
        try {
            Path folder = outputFile.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            work = Files.createTempDirectory(folder, ".packet-");
            ExhibitReader reader = new ExhibitReader(work);
            List<Exhibit> exhibits = new ArrayList<>();
            for (SupportingDocument d : c.documents()) {
                exhibits.add(reader.read(exhibits.size() + 1, d));
            }
            while (true) {
                try {
                    return assemble(model, identity, exhibits, outputFile);
                } catch (ExhibitFailure f) {
                    // read fine alone but broke while merging: drop it and lay out again, so the index stays true
                    exhibits.set(f.index, exhibits.get(f.index).asFailed(f.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new RenderException("The PD packet could not be written to '" + outputFile + "': "
                    + ExhibitReader.reason(e), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * The packet's file name for {@code c}: "PD-request-LOPEZ-678.pdf", the surname and the A-number's last three
     * digits; the full A-number is inside the document, never in its name.
     */
    public String fileName(CaseFile c) {
        return PacketIdentity.of(c, clinic).fileBase() + ".pdf";
    }

    /**
     * Splits a packet over {@code maxBytes} into numbered parts ("packet-part-1-of-3.pdf") in {@code outputDir},
     * each under the limit, keeping exhibits whole where they fit; page numbers stay those of the whole packet.
     * A packet already within the limit is returned as it is. A part's problems name a single page too big for
     * the limit (it is then a part of its own, over the limit); the whole packet's problems and
     * {@link Packet#sentSeparately()} stay with {@code packet}.
     */
    public List<Packet> split(Packet packet, long maxBytes, Path outputDir) {
        return new PacketSplitter(maxBytes).split(packet, outputDir);
    }

    private Packet assemble(Map<String, Object> base, PacketIdentity identity, List<Exhibit> exhibits,
                            Path outputFile)
            throws IOException {
        List<PacketSection> sections = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Path partial = outputFile.resolveSibling(outputFile.getFileName() + ".partial");
        List<PDDocument> sources = new ArrayList<>();
        String letterHtml;
        // the letter's own PDF becomes the packet: the exhibits are appended to it, and it is saved once
        try (LetterFonts.Lease fonts = LetterFonts.borrow(); DrawnLetter letter = layoutLetter(base, exhibits, fonts)) {
            PDDocument out = letter.doc();
            letterHtml = letter.html();
            int letterPages = out.getNumberOfPages();
            prefixes.addAll(Collections.nCopies(letterPages, ""));
            sections.add(new PacketSection("Letter", 1, letterPages));
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < exhibits.size(); i++) {
                Exhibit e = exhibits.get(i);
                if (e.status() != Exhibit.Status.INCLUDED) {
                    continue;
                }
                int first = out.getNumberOfPages() + 1;
                append(merger, out, e, i, sources);
                sections.add(new PacketSection(e.title(), first, e.pageCount()));
                prefixes.addAll(Collections.nCopies(e.pageCount(), "Exhibit " + e.number() + " – "));
            }
            PdfFiles.dropActiveContent(out);
            PdfFiles.outline(out, sections);
            PageStamper.stamp(out, fonts.stampFont(out, identity.footer()), identity.footer(), prefixes);
            // the letter's pages conform; an exhibit is whatever PDF the clinic had, so a packet with one does
            // not claim PDF/A or PDF/UA (the letter's tags, fonts and metadata stay as they are)
            PdfFiles.describe(out, identity.title(), identity.author(), identity.relief(),
                    sections.size() == 1 && letter.accessible());
            out.save(partial.toFile());
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
        PdfFiles.moveInto(partial, outputFile);
        List<String> problems = exhibits.stream().map(Exhibit::problem).filter(Objects::nonNull).toList();
        List<SupportingDocument> separate = exhibits.stream()
                .filter(e -> e.status() == Exhibit.Status.SEPARATE).map(Exhibit::document).toList();
        return new Packet(outputFile, prefixes.size(), Files.size(outputFile), sections, problems, separate,
                LetterText.of(letterHtml));
    }

    private static void append(PDFMergerUtility merger, PDDocument out, Exhibit e, int index,
                               List<PDDocument> sources) {
        int before = out.getNumberOfPages();
        try {
            PDDocument source = PdfFiles.load(e.pdf());
            sources.add(source);
            source.setAllSecurityToBeRemoved(true);
            merger.appendDocument(out, source);
        } catch (IOException | RuntimeException ex) {
            throw new ExhibitFailure(index, "it is not a readable PDF (" + ExhibitReader.reason(ex) + ")");
        }
        if (out.getNumberOfPages() - before != e.pageCount()) {
            throw new ExhibitFailure(index, "its pages could not all be read");
        }
    }

    /**
     * Renders the letter and lays it out until its page count, which the exhibit index quotes, is the one the
     * index assumed; only that layout is drawn. Returns the letter's open PDF.
     */
    private DrawnLetter layoutLetter(Map<String, Object> base, List<Exhibit> exhibits, LetterFonts.Lease fonts)
            throws IOException {
        int assumed = lastLetterPages.get();
        for (int layout = 1; ; layout++) {
            Map<String, Object> model = new LinkedHashMap<>(base);
            model.put("exhibits", exhibitIndex(exhibits, assumed));
            String html = templates.render(LETTER, model);
            try (LetterPdf.Layout laidOut = letterPdf.layout(html, fonts)) {
                int pages = laidOut.pages();
                if (pages == assumed || layout == MAX_LAYOUTS) {
                    lastLetterPages.set(pages);
                    return new DrawnLetter(laidOut.draw(), laidOut.accessible(), html);
                }
                assumed = pages;
            } catch (RuntimeException e) {
                throw new RenderException("The letter could not be laid out as a PDF: " + ExhibitReader.reason(e), e);
            }
        }
    }

    static List<Map<String, Object>> exhibitIndex(List<Exhibit> exhibits, int letterPages) {
        List<Map<String, Object>> index = new ArrayList<>();
        int next = letterPages + 1;
        for (Exhibit e : exhibits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", e.number());
            m.put("fileName", e.fileName());
            m.put("description", e.document() == null ? e.fileName() : ExhibitCitations.description(e.document()));
            if (e.document() != null && e.document().date() != null) {
                m.put("date", WrittenDates.date(e.document().date()));
            }
            m.put("status", switch (e.status()) {
                case INCLUDED -> "included";
                case SEPARATE -> "separate";
                case FAILED -> "failed";
            });
            if (e.status() == Exhibit.Status.INCLUDED) {
                m.put("firstPage", next);
                m.put("pageCount", e.pageCount());
                next += e.pageCount();
            }
            index.add(m);
        }
        return index;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }

    /** The letter's open PDF, and whether its HTML made it accessible (see {@link LetterPdf.Layout#accessible}). */
    /** {@code html}: the XHTML it was drawn from, for the letter's text. */
    private record DrawnLetter(PDDocument doc, boolean accessible, String html) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    /** An exhibit that read fine alone failed while being merged. */
    private static final class ExhibitFailure extends RuntimeException {
        final int index;

        ExhibitFailure(int index, String why) {
            super(why, null, false, false);
            this.index = index;
        }
    }
}
