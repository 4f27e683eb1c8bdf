package org.pdbot.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Stamps "Page 3 of 9" (on exhibit pages "Exhibit 2 – Page 3 of 9") at the foot of every page of a packet, so
 * that numbers run across the letter and the exhibits. The label sits on a small white patch 0.4 in above the
 * visible bottom edge, whatever the page's size or rotation.
 */
final class PageStamper {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 9f;
    private static final float BASELINE = 28.8f;
    private static final float PAD = 2f;

    private PageStamper() {
    }

    /** @param prefixes one per page: "" or "Exhibit 2 – " (characters Helvetica can print) */
    static void stamp(PDDocument doc, List<String> prefixes) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String label = prefixes.get(i) + "Page " + (i + 1) + " of " + total;
            stamp(doc, page, label);
        }
    }

    private static void stamp(PDDocument doc, PDPage page, String label) throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float textWidth = FONT.getStringWidth(label) / 1000 * SIZE;
        float x = (width - textWidth) / 2;
        try (PDPageContentStream content = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
            content.transform(toDisplay(box, rotation));
            content.setNonStrokingColor(Color.WHITE);
            content.addRect(x - PAD, BASELINE - PAD - 2, textWidth + 2 * PAD, SIZE + 2 * PAD);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            content.beginText();
            content.setFont(FONT, SIZE);
            content.newLineAtOffset(x, BASELINE);
            content.showText(label);
            content.endText();
        }
    }

    /** Maps coordinates on the page as displayed (origin bottom-left) into the page's own space. */
    private static Matrix toDisplay(PDRectangle box, int rotation) {
        float llx = box.getLowerLeftX();
        float lly = box.getLowerLeftY();
        float w = box.getWidth();
        float h = box.getHeight();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, llx + w, lly);
            case 180 -> new Matrix(-1, 0, 0, -1, llx + w, lly + h);
            case 270 -> new Matrix(0, -1, 1, 0, llx, lly + h);
            default -> new Matrix(1, 0, 0, 1, llx, lly);
        };
    }
}
