package org.pdbot.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.cos.COSDictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/** PDFBox chores shared by the packet builder and splitter. */
final class PdfFiles {

    static final String PRODUCER = "pdbot";

    private PdfFiles() {
    }

    /** Opens a PDF with its streams cached in temp files, never wholly in memory. */
    static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
    }

    static PDDocument create() {
        return new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    }

    static int pageCount(Path file) throws IOException {
        try (PDDocument doc = load(file)) {
            return doc.getNumberOfPages();
        }
    }

    /**
     * Drops what an exhibit may have carried in that acts on opening: open actions, document and page
     * actions, document JavaScript; and page labels and XMP metadata that would contradict the packet's own.
     */
    static void dropActiveContent(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
        catalog.getCOSObject().removeItem(COSName.AA);
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null) {
            names.getCOSObject().removeItem(COSName.JAVA_SCRIPT);
        }
        catalog.setPageLabels(null);
        catalog.setMetadata(null);
        for (PDPage page : doc.getPages()) {
            page.getCOSObject().removeItem(COSName.AA);
        }
    }

    /** Replaces the outline with one bookmark per section, pointing at its first page. */
    static void outline(PDDocument doc, List<PacketSection> sections) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (PacketSection s : sections) {
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(doc.getPage(s.firstPage() - 1));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(s.title());
            item.setDestination(destination);
            outline.addLast(item);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    /**
     * Writes what the document says about itself, the same in the document information and in the XMP metadata
     * (PDF/A wants both, and equal): title, author, subject, creator, producer and dates; the language (the
     * letter's, else en-US); and that a viewer shows the title rather than the file name. {@code conforms}
     * adds the PDF/A-2a and PDF/UA-1 identification, for a document whose every page is the letter's.
     */
    static void describe(PDDocument doc, String title, String author, String subject, boolean conforms) {
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        now.set(Calendar.MILLISECOND, 0);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);
        doc.setDocumentInformation(info);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String language = catalog.getLanguage() == null || catalog.getLanguage().isBlank() ? "en-US"
                : catalog.getLanguage();
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        try {
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(Xmp.packet(title, author, subject, language, now, PRODUCER, conforms));
            catalog.setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a finished file in place, atomically where the file system allows. */
    static void moveInto(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
