package org.pdbot.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pdbot.casefile.SupportingDocument;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Decides what becomes of each supporting document: a PDF is checked and kept as it is; a JPEG or PNG becomes
 * one Letter page (written to the work folder); anything else is sent separately. What a document is comes
 * from its first bytes, then from its declared type and name. A damaged PDF or image is a failed exhibit,
 * never an exception.
 */
final class ExhibitReader {

    /** About a 600 dpi scan of a Letter page; a larger image is refused rather than decoded. */
    static final long MAX_IMAGE_PIXELS = 40_000_000L;
    /** Image pages keep this margin on every side (0.5 in), and more at the bottom for the page number. */
    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 54f;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private enum Kind { PDF, JPEG, PNG, OTHER }

    private final Path workDir;

    ExhibitReader(Path workDir) {
        this.workDir = workDir;
    }

    Exhibit read(int number, SupportingDocument d) {
        if (d.file() == null || !Files.isRegularFile(d.file())) {
            return Exhibit.failed(number, d, "the file is missing");
        }
        try {
            return switch (kindOf(d)) {
                case PDF -> pdf(number, d);
                case JPEG, PNG -> image(number, d);
                case OTHER -> Exhibit.separate(number, d);
            };
        } catch (IOException | RuntimeException e) {
            return Exhibit.failed(number, d, "it cannot be read (" + reason(e) + ")");
        }
    }

    private Exhibit pdf(int number, SupportingDocument d) {
        try (PDDocument doc = Loader.loadPDF(d.file().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                return Exhibit.failed(number, d, "the PDF has no pages");
            }
            return Exhibit.included(number, d, d.file(), pages);
        } catch (InvalidPasswordException e) {
            return Exhibit.failed(number, d, "the PDF is protected by a password");
        } catch (IOException | RuntimeException e) {
            return Exhibit.failed(number, d, "it is not a readable PDF (" + reason(e) + ")");
        }
    }

    private Exhibit image(int number, SupportingDocument d) throws IOException {
        long pixels = pixels(d.file());
        if (pixels < 0) {
            return Exhibit.failed(number, d, "it is not a readable image");
        }
        if (pixels > MAX_IMAGE_PIXELS) {
            return Exhibit.failed(number, d, "the image is too large (%d megapixels; at most %d)"
                    .formatted(pixels / 1_000_000, MAX_IMAGE_PIXELS / 1_000_000));
        }
        Path pdf = workDir.resolve("exhibit-" + number + ".pdf");
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDImageXObject image = imageObject(doc, d.file());
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            float boxWidth = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            float boxHeight = PDRectangle.LETTER.getHeight() - MARGIN - BOTTOM_MARGIN;
            float scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            float x = MARGIN + (boxWidth - width) / 2;
            float y = BOTTOM_MARGIN + (boxHeight - height);   // top-aligned, as a scan sits on a page
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, x, y, width, height);
            }
            doc.save(pdf.toFile());
        } catch (IOException | RuntimeException e) {
            return Exhibit.failed(number, d, "it is not a readable image (" + reason(e) + ")");
        }
        return Exhibit.included(number, d, pdf, 1);
    }

    /** JPEG stays JPEG (no recompression); PNG and the rest are decoded and stored lossless. */
    private static PDImageXObject imageObject(PDDocument doc, Path file) throws IOException {
        if (startsWith(head(file), JPEG_MAGIC)) {
            try (InputStream in = Files.newInputStream(file)) {
                return JPEGFactory.createFromStream(doc, in);
            }
        }
        BufferedImage decoded = ImageIO.read(file.toFile());
        if (decoded == null) {
            throw new IOException("no decoder for this image");
        }
        return LosslessFactory.createFromImage(doc, decoded);
    }

    /** Width × height read from the image header without decoding it; -1 when no reader understands it. */
    private static long pixels(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return -1;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                return -1;
            } finally {
                reader.dispose();
            }
        }
    }

    /** The first bytes decide; a file that says nothing recognisable is judged by its declared type and name. */
    private static Kind kindOf(SupportingDocument d) throws IOException {
        byte[] head = head(d.file());
        if (indexOf(head, PDF_MAGIC) >= 0) {    // PDF allows junk before the header
            return Kind.PDF;
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Kind.JPEG;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Kind.PNG;
        }
        String type = d.contentType() == null ? "" : d.contentType().toLowerCase(Locale.ROOT);
        String name = d.fileName() == null ? "" : d.fileName().toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("application/pdf") || name.endsWith(".pdf")) {
            return Kind.PDF;
        }
        if (type.startsWith("image/jpeg") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Kind.JPEG;
        }
        if (type.startsWith("image/png") || name.endsWith(".png")) {
            return Kind.PNG;
        }
        return Kind.OTHER;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1024);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = Text.oneLine(message);
        return line == null ? e.getClass().getSimpleName() : (line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }
}
