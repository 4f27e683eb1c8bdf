package org.pdbot.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The letter's fonts: DejaVu Serif (and DejaVu Sans for what the serif lacks) from the jasperreports-fonts
 * artifact, embedded as subsets.
 *
 * <p>Parsing a TrueType file took more than a third of a letter's CPU, so each font is parsed once and the
 * parsed font is lent to one letter at a time: a {@link TrueTypeFont} reads its tables lazily from one shared
 * stream, so two threads must not use it together. A letter keeps its {@link Lease} until its PDF is saved (the
 * subsets are cut at save) and closed; leases come back to a pool, so there are as many sets as letters ever
 * laid out at once.
 *
 * <p>Font metrics (ascent, descent…) are kept across letters in one cache. Without it openhtmltopdf loaded
 * every face of the font-family list into every letter just to read them, including the DejaVu Sans fallback
 * no letter drew from: five font loads per letter where three are used.
 */
final class LetterFonts {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("gsuX");

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVu Serif", "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVu Serif", "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVu Serif", "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVu Serif", "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL));

    /** The faces page footers are printed in: the letter's serif, else the sans, which covers more scripts. */
    private static final int SERIF_FACE = 0;
    private static final int SANS_FACE = 4;

    private static final ConcurrentLinkedQueue<Lease> IDLE = new ConcurrentLinkedQueue<>();
    private static final FSDefaultCacheStore METRICS = new FSDefaultCacheStore();

    private LetterFonts() {
    }

    /** A set of parsed fonts for one letter; close it once the letter's PDF is saved and closed. */
    static Lease borrow() {
        Lease lease = IDLE.poll();
        return lease != null ? lease : new Lease();
    }

    static final class Lease implements AutoCloseable {

        private final TrueTypeFont[] parsed = new TrueTypeFont[FACES.size()];
        /** The faces embedded into {@link #doc}, the letter being made, each once. */
        private final PDFont[] embedded = new PDFont[FACES.size()];
        private PDDocument doc;

        private Lease() {
        }

        /**
         * Offers every face to the layout; a face is embedded into {@code doc} only once the letter uses it. The
         * faces also answer for the generic families serif and sans-serif: the letter is PDF/A, so openhtmltopdf
         * has no built-in font to fall back on, and text in no family of ours would not be drawn at all.
         */
        void addTo(PdfRendererBuilder builder, PDDocument doc) {
            this.doc = doc;
            Arrays.fill(embedded, null);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                OnFirstUse supplier = new OnFirstUse(this, i, doc);
                builder.useFont(supplier, face.family(), face.weight(), face.style(), true);
                builder.useFont(supplier, face.family().endsWith("Sans") ? "SansSerif" : "Serif", face.weight(),
                        face.style(), true);
            }
        }

        /**
         * The font for page footers that print {@code text}: DejaVu Serif, the letter's own (already embedded, so
         * the footers cost no font of their own), or DejaVu Sans when the serif lacks a character of the text.
         */
        PDFont stampFont(PDDocument doc, String text) throws IOException {
            CmapLookup serif = font(SERIF_FACE).getUnicodeCmapLookup();
            boolean covered = text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || serif.getGlyphId(cp) > 0);
            return embed(covered ? SERIF_FACE : SANS_FACE, doc);
        }

        private PDFont embed(int face, PDDocument into) throws IOException {
            if (into != doc) {
                return PDType0Font.load(into, font(face), true);
            }
            if (embedded[face] == null) {
                embedded[face] = PDType0Font.load(doc, font(face), true);
            }
            return embedded[face];
        }

        private TrueTypeFont font(int i) throws IOException {
            if (parsed[i] == null) {
                byte[] bytes = withoutGlyphSubstitution(fontBytes(FACES.get(i).file()));
                parsed[i] = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            }
            return parsed[i];
        }

        @Override
        public void close() {
            doc = null;
            Arrays.fill(embedded, null);
            IDLE.offer(this);
        }
    }

    /** openhtmltopdf asks for a face only when the text needs it; the font then belongs to that document. */
    private static final class OnFirstUse extends PDFontSupplier {

        private final Lease lease;
        private final int face;
        private final PDDocument doc;

        OnFirstUse(Lease lease, int face, PDDocument doc) {
            super(null);
            this.lease = lease;
            this.face = face;
            this.doc = doc;
        }

        @Override
        public PDFont supply() {
            try {
                return lease.embed(face, doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The font with its GSUB table (ligatures, contextual forms) hidden from PDFBox, whose pass over it took a
     * third of the CPU of drawing a letter. openhtmltopdf measures and breaks lines without GSUB, so drawing
     * without it puts on the page exactly the glyphs the layout measured. The table is hidden by renaming its
     * tag in the table directory; an unknown table is ignored, and not copied into the embedded subset.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (entry + 4 <= ttf.length && font.getInt(entry) == GSUB) {
                font.putInt(entry, HIDDEN_GSUB);
            }
        }
        return ttf;
    }

    private static int tag(String fourLetters) {
        return ByteBuffer.wrap(fourLetters.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static byte[] fontBytes(String file) throws IOException {
        try (InputStream in = LetterFonts.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the class path "
                        + "(net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        }
    }
}
