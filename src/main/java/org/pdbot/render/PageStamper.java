package org.pdbot.render;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Stamps the footer at the foot of every page of a packet, so that numbers run across the letter and the
 * exhibits: "LOPEZ, Maria – A012-345-678 – Page 3 of 9", on exhibit pages "… – Exhibit 2 – Page 5 of 9". The
 * label sits on a small white patch 0.4 in above the visible bottom edge, whatever the page's size or rotation,
 * and shrinks to fit a narrow page.
 *
 * <p>The label is drawn in an embedded font (the letter's DejaVu, see {@link LetterFonts.Lease#stampFont}) and
 * marked as a pagination artifact, so the letter's pages stay PDF/A and PDF/UA (a screen reader skips it; it is not
 * part of the letter's text). A character the font lacks is printed as "?".
 */
final class PageStamper {

    private static final float SIZE = 9f;
    private static final float MIN_SIZE = 5f;
    private static final float SIDE_MARGIN = 24f;
    private static final float BASELINE = 28.8f;
    private static final float PAD = 2f;
    private static final String DASH = " – ";

    private PageStamper() {
    }

    /**
     * @param who      "LOPEZ, Maria – A012-345-678", or "" for none
     * @param prefixes one per page: "" or "Exhibit 2 – "
     */
    static void stamp(PDDocument doc, PDFont font, String who, List<String> prefixes) throws IOException {
        int total = doc.getNumberOfPages();
        COSDictionary artifact = new COSDictionary();
        artifact.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        artifact.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
        PDPropertyList properties = PDPropertyList.create(artifact);
        String lead = printable(font, who.isEmpty() ? "" : who + DASH);
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String label = lead + prefixes.get(i) + "Page " + (i + 1) + " of " + total;
            stamp(doc, page, font, properties, label);
        }
    }

    private static void stamp(PDDocument doc, PDPage page, PDFont font, PDPropertyList artifact, String label)
            throws IOException {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float unitWidth = font.getStringWidth(label) / 1000;
        float size = Math.max(MIN_SIZE, Math.min(SIZE, (width - 2 * SIDE_MARGIN) / unitWidth));
        float textWidth = unitWidth * size;
        float x = (width - textWidth) / 2;
        try (PDPageContentStream content = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
            content.beginMarkedContent(COSName.ARTIFACT, artifact);
            content.transform(toDisplay(box, rotation));
            content.setNonStrokingColor(Color.WHITE);
            content.addRect(x - PAD, BASELINE - PAD - 2, textWidth + 2 * PAD, size + 2 * PAD);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, BASELINE);
            content.showText(label);
            content.endText();
            content.endMarkedContent();
        }
    }

    /** {@code text} with every character the font cannot draw replaced by "?". */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                out.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
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
