package org.pdbot.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lays out the rendered letter (HTML) as a PDF with openhtmltopdf.
 *
 * <p>The HTML is parsed by jsoup, so no XML entity or DTD is ever resolved. The renderer may load nothing but
 * {@code data:} URIs and files inside the template folder: a value that slipped an {@code <img src="file:///…">}
 * or a {@code http:} stylesheet into the HTML gets an empty box, not the file. Fonts: {@link LetterFonts}.
 *
 * <p>The letter is laid out as PDF/A-2a and PDF/UA-1: tagged (headings, paragraphs, tables, lists in the
 * structure tree), every font embedded, colours under an sRGB output intent (the JDK's own sRGB profile), the
 * language taken from {@code <html lang>}. The packet builder then writes the document's metadata ({@link
 * PdfFiles#describe}) and stamps the footers as artifacts, so the letter stays conformant.
 *
 * <p>Longer than most: the PDF/A and PDF/UA settings must all be made on one renderer, in order.
 */
final class LetterPdf {

    private static final Logger LOG = LoggerFactory.getLogger(LetterPdf.class);
    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Path templateFolder;
    private final URI baseUri;

    LetterPdf(Path templateFolder) {
        LayoutLog.install();
        this.templateFolder = realPath(templateFolder);
        this.baseUri = this.templateFolder.toUri();
    }

    /** Writes the letter alone to {@code out}, titled with its {@code <title>}. */
    void write(String html, Path out) throws IOException {
        try (LetterFonts.Lease fonts = LetterFonts.borrow(); Layout layout = layout(html, fonts);
             PDDocument doc = layout.draw()) {
            PdfFiles.describe(doc, layout.title(), null, null, layout.accessible());
            doc.save(out.toFile());
        }
    }

    /**
     * Lays the letter out with {@code fonts} (lent until the letter's PDF is saved); nothing is drawn until
     * {@link Layout#draw()}, so a layout whose page count turns out wrong costs no PDF.
     */
    Layout layout(String html, LetterFonts.Lease fonts) {
        PDDocument doc = PdfFiles.create();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeLineBreaker(new KeepTogetherBreaker());
            builder.usePDDocument(doc);
            org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri.toString());
            String unreadable = unreadable(parsed);
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), baseUri.toString());
            builder.useDefaultPageSize(PdfRendererBuilder.PAGE_SIZE_LETTER_WIDTH,
                    PdfRendererBuilder.PAGE_SIZE_LETTER_HEIGHT, PdfRendererBuilder.PAGE_SIZE_LETTER_UNITS);
            builder.useExternalResourceAccessControl((uri, type) -> allowed(uri, type),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && !uri.isBlank(),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            fonts.addTo(builder, doc);
            builder.withProducer(PdfFiles.PRODUCER);
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(CONFORMANCE);
            builder.useColorProfile(SRGB);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            boolean drawsMetadata = !OwnMetadata.skip(renderer);
            try {
                renderer.layout();
            } catch (RuntimeException e) {
                renderer.close();
                throw e;
            }
            return new Layout(renderer, doc, drawsMetadata, unreadable);
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    /** A laid-out letter. Closing it closes its PDF too, unless {@link #draw()} handed that over. */
    static final class Layout implements AutoCloseable {

        private final PdfBoxRenderer renderer;
        private final boolean drawsMetadata;
        private final String unreadable;
        private PDDocument doc;

        private Layout(PdfBoxRenderer renderer, PDDocument doc, boolean drawsMetadata, String unreadable) {
            this.renderer = renderer;
            this.doc = doc;
            this.drawsMetadata = drawsMetadata;
            this.unreadable = unreadable;
        }

        /**
         * Whether the letter's HTML lets it be PDF/UA: false when the template has an image without alt text or
         * headings out of order (each logged once), so that the PDF never claims what it is not.
         */
        boolean accessible() {
            return unreadable == null;
        }

        /** The text of the HTML's {@code <title>}, or null. */
        String title() {
            var titles = renderer.getDocument().getElementsByTagName("title");
            return titles.getLength() == 0 ? null : Text.oneLine(titles.item(0).getTextContent());
        }

        int pages() {
            return renderer.getRootBox().getLayer().getPages().size();
        }

        /** Draws the pages; the open PDF is the caller's to save and close. */
        PDDocument draw() throws IOException {
            try {
                renderer.createPDFWithoutClosing();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PDDocument drawn = doc;
            doc = null;
            if (!drawsMetadata) {
                conformanceFrame(drawn, renderer.getDocument().getDocumentElement().getAttribute("lang"));
            }
            return drawn;
        }

        @Override
        public void close() {
            renderer.close();
            closeQuietly(doc);
        }
    }

    /** Whether openhtmltopdf's own metadata step is skipped (see {@code OwnMetadata}); false only costs CPU. */
    static boolean skipsOwnMetadata() {
        return OwnMetadata.available();
    }

    /**
     * Why the template's HTML cannot make a PDF/UA document, in words for the clinic's IT person, or null: an
     * image without alt text, or headings that do not start at h1 or skip a level (h1 → h3).
     */
    static String unreadable(org.jsoup.nodes.Document html) {
        String why = null;
        if (!html.select("img:not([alt]), img[alt~=^\\s*$]").isEmpty()) {
            why = "an <img> has no alt text";
        } else {
            int level = 0;
            for (org.jsoup.nodes.Element h : html.select("h1, h2, h3, h4, h5, h6")) {
                int next = h.tagName().charAt(1) - '0';
                if (next > level + 1) {
                    why = "the heading <" + h.tagName() + "> follows " + (level == 0 ? "no h1" : "<h" + level + ">");
                    break;
                }
                level = next;
            }
        }
        if (why != null && WARNED.add(why)) {
            LOG.warn("letter template: {}, so the letter's PDF is not PDF/UA and does not claim PDF/A or PDF/UA", why);
        }
        return why;
    }

    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * What openhtmltopdf's own metadata step gives a PDF/A and PDF/UA document besides the XMP, which {@link
     * PdfFiles#describe} writes: the sRGB output intent, the mark that the document is tagged, its language.
     */
    private static void conformanceFrame(PDDocument doc, String lang) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(lang == null || lang.isBlank() ? "en-US" : lang.strip());
    }

    /**
     * openhtmltopdf writes XMP metadata of its own into a PDF/A or PDF/UA document while drawing, with xmpbox
     * (JAXP factory look-ups and reflection on every letter): a tenth of a letter's CPU, for metadata {@link
     * PdfFiles#describe} replaces. Its conformance flags have done their part once the renderer is built (tagging
     * and fonts without a built-in fallback are set up by then), so they are turned off before drawing and {@link
     * #conformanceFrame} does the rest of that step. Should a later openhtmltopdf rename the fields, nothing is
     * turned off and the letter is only slower.
     */
    private static final class OwnMetadata {

        private static final Field PDFA = field("_pdfAConformance");
        private static final Field PDFUA = field("_pdfUaConformance");
        private static final Field PROFILE = field("_colorProfile");

        /** Whether this openhtmltopdf has the fields {@link #skip} turns off. */
        static boolean available() {
            return PDFA != null && PDFUA != null && PROFILE != null;
        }

        /** True when the renderer will not write its own metadata. */
        static boolean skip(PdfBoxRenderer renderer) {
            if (!available()) {
                return false;
            }
            try {
                PDFA.set(renderer, PdfAConformance.NONE);
                PDFUA.setBoolean(renderer, false);
                PROFILE.set(renderer, null);
                return true;
            } catch (IllegalAccessException | RuntimeException e) {
                return false;
            }
        }

        private static Field field(String name) {
            try {
                Field f = PdfBoxRenderer.class.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.debug("openhtmltopdf has no field {}: it writes its own PDF/A metadata", name);
                return null;
            }
        }
    }

    private static void closeQuietly(PDDocument doc) {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing was written from it
            }
        }
    }

    /** data: URIs, and files inside the template folder; never the network, never another file. */
    boolean allowed(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        String lower = uri.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            return true;
        }
        if (!lower.startsWith("file:")) {
            LOG.debug("letter layout: refused a {} resource that is not a data: URI or template file", type);
            return false;
        }
        try {
            Path path = Path.of(URI.create(uri.strip())).normalize();
            boolean inside = path.startsWith(templateFolder) && Files.isRegularFile(path)
                    && realPath(path).startsWith(templateFolder);
            if (!inside) {
                LOG.debug("letter layout: refused a {} file outside the template folder", type);
            }
            return inside;
        } catch (RuntimeException e) {   // not a local path (file://host/…), or not resolvable
            return false;
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
