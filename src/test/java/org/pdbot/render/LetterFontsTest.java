package org.pdbot.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.render.ExhibitFiles.pageTexts;

/** The letter's fonts: embedded as subsets, without glyph substitution, the sans loaded only when drawn from. */
class LetterFontsTest {

    @TempDir
    Path dir;

    @Test
    void glyphSubstitutionIsHiddenAndEveryGlyphKept() throws IOException {
        byte[] original = dejaVuSerif();

        TrueTypeFont before = parse(original.clone());
        TrueTypeFont after = parse(LetterFonts.withoutGlyphSubstitution(original.clone()));

        assertThat(before.getTableMap()).containsKey("GSUB");
        assertThat(after.getTableMap()).doesNotContainKey("GSUB");
        assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        assertThat(after.getUnicodeCmapLookup().getGlyphId('f'))
                .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('f'));
    }

    @Test
    void lettersWithLigatureCandidatesAndAccentsReadBackAsTyped() throws IOException {
        Path out = dir.resolve("letter.pdf");
        Files.createDirectories(dir.resolve("templates"));

        new LetterPdf(dir.resolve("templates")).write("""
                <!DOCTYPE html><html><body style="font-family: 'DejaVu Serif'">
                <p>The affidavit of José Núñez-Łukasz, filed in office, reflects the final figures.</p>
                <p><b>Bold fiancée</b> <i>italic flow</i></p></body></html>""", out);

        String text = pageTexts(out).get(0);
        assertThat(text).contains("The affidavit of José Núñez-Łukasz, filed in office, reflects the final figures.")
                .contains("Bold fiancée").contains("italic flow");
    }

    @Test
    void aCharacterOnlyTheSansHasIsDrawnWithTheSansAfterOtherLettersWereLaidOutWithoutIt() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        LetterPdf letters = new LetterPdf(dir.resolve("templates"));
        Path plain = dir.resolve("plain.pdf");
        Path withCheckMark = dir.resolve("check.pdf");

        letters.write(letter("Serif only."), plain);
        letters.write(letter("Conditions met \u2713 as agreed."), withCheckMark);

        assertThat(fontNames(plain)).noneMatch(name -> name.contains("DejaVuSans"));
        assertThat(fontNames(withCheckMark)).anyMatch(name -> name.contains("DejaVuSans"));
        assertThat(pageTexts(withCheckMark).get(0)).contains("Conditions met \u2713 as agreed.");
    }

    private static String letter(String text) {
        return "<!DOCTYPE html><html><body style=\"font-family: 'DejaVu Serif', 'DejaVu Sans'\"><p>" + text
                + "</p></body></html>";
    }

    private static List<String> fontNames(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> names = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                names.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            return names;
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static byte[] dejaVuSerif() throws IOException {
        try (InputStream in = LetterFonts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            return in.readAllBytes();
        }
    }
}
