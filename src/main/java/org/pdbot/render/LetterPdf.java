package org.pdbot.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lays out the rendered letter (HTML) as a PDF with openhtmltopdf.
 *
 * <p>The HTML is parsed by jsoup, so no XML entity or DTD is ever resolved. The renderer may load nothing but
 * {@code data:} URIs and files inside the template folder: a value that slipped an {@code <img src="file:///…">}
 * or a {@code http:} stylesheet into the HTML gets an empty box, not the file. Fonts are DejaVu Serif (and
 * DejaVu Sans for what the serif lacks) from the jasperreports-fonts artifact, embedded as subsets.
 */
final class LetterPdf {

    private static final Logger LOG = LoggerFactory.getLogger(LetterPdf.class);
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final Path templateFolder;
    private final URI baseUri;

    LetterPdf(Path templateFolder) {
        LayoutLog.install();
        this.templateFolder = realPath(templateFolder);
        this.baseUri = this.templateFolder.toUri();
    }

    /** Writes the letter to {@code out}. */
    void write(String html, Path out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri.toString())), baseUri.toString());
        builder.useDefaultPageSize(PdfRendererBuilder.PAGE_SIZE_LETTER_WIDTH,
                PdfRendererBuilder.PAGE_SIZE_LETTER_HEIGHT, PdfRendererBuilder.PAGE_SIZE_LETTER_UNITS);
        builder.useExternalResourceAccessControl((uri, type) -> allowed(uri, type),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && !uri.isBlank(),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        font(builder, "DejaVu Serif", "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVu Serif", "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVu Serif", "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVu Serif", "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        font(builder, "DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        builder.withProducer(PdfFiles.PRODUCER);
        try (OutputStream os = Files.newOutputStream(out)) {
            builder.toStream(os);
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
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

    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(fontBytes(file)), family, weight, style, true);
    }

    /** Each font file is read from its jar once: inflating it again for every letter cost more than the layout. */
    private static byte[] fontBytes(String file) {
        return FONT_BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = LetterPdf.class.getResourceAsStream(FONTS + f)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + f + " is missing from the class path "
                            + "(net.sf.jasperreports:jasperreports-fonts)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final java.util.Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path realPath(Path p) {
        try {
            return p.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
