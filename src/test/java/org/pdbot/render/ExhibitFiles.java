package org.pdbot.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.pdbot.casefile.SupportingDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Exhibit files made on the spot (PDFs with distinctive text, images, junk) and ways to read a packet back. */
final class ExhibitFiles {

    private ExhibitFiles() {
    }

    /** A PDF whose page i shows "{@code marker} page i". */
    static SupportingDocument pdf(Path dir, String name, String marker, int pages) {
        return pdf(dir, name, marker, pages, 0);
    }

    /** As {@link #pdf(Path, String, String, int)}, each page also carrying about {@code noiseBytes} of noise. */
    static SupportingDocument pdf(Path dir, String name, String marker, int pages, int noiseBytes) {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Random random = new Random(name.hashCode());
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(marker + " page " + i);
                    content.endText();
                    if (noiseBytes > 0) {
                        int side = (int) Math.sqrt(noiseBytes / 3.0) + 1;
                        content.drawImage(LosslessFactory.createFromImage(doc, noise(side, random)), 72, 72, 300, 300);
                    }
                }
            }
            doc.save(file.toFile());
            return document(file, "application/pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SupportingDocument png(Path dir, String name, int width, int height) {
        return image(dir, name, "png", "image/png", width, height);
    }

    static SupportingDocument jpeg(Path dir, String name, int width, int height) {
        return image(dir, name, "jpg", "image/jpeg", width, height);
    }

    private static SupportingDocument image(Path dir, String name, String format, String type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Path file = dir.resolve(name);
        try {
            ImageIO.write(image, format, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document(file, type);
    }

    /** A file called {@code name} holding {@code text}, declared as {@code type}. */
    static SupportingDocument file(Path dir, String name, String type, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document(file, type);
    }

    static SupportingDocument document(Path file, String type) {
        try {
            return new SupportingDocument(file.getFileName().toString(), type, file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage noise(int side, Random random) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    // ---- reading a packet back --------------------------------------------------------------------------

    static PDDocument open(Path file) {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in order. */
    static List<String> pageTexts(Path file) {
        try (PDDocument doc = open(file)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bookmark title and its 1-based target page, in outline order. */
    record Bookmark(String title, int page) {
    }

    static List<Bookmark> bookmarks(Path file) {
        try (PDDocument doc = open(file)) {
            List<Bookmark> out = new ArrayList<>();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                return out;
            }
            for (PDOutlineItem item : outline.children()) {
                PDPage target = item.findDestinationPage(doc);
                out.add(new Bookmark(item.getTitle(), doc.getPages().indexOf(target) + 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many images page {@code page} (1-based) draws directly. */
    static int imagesOnPage(Path file, int page) {
        try (PDDocument doc = open(file)) {
            var resources = doc.getPage(page - 1).getResources();
            int n = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
