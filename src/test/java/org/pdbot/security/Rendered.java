package org.pdbot.security;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of an outgoing mail sees: the text of its PDFs (as PDFBox extracts it) and its HTML body. */
final class Rendered {

    private Rendered() {
    }

    /** The text of every PDF attached, in order. */
    static String pdfText(Part part) throws Exception {
        StringBuilder out = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                out.append(pdfText(mp.getBodyPart(i)));
            }
        } else if (part.isMimeType("application/pdf")) {
            try (InputStream in = part.getInputStream();
                 PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                out.append(new PDFTextStripper().getText(pdf));
            }
        }
        return out.toString();
    }

    /** The first text/html part, as sent (markup included), or "" when there is none. */
    static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String html = html(mp.getBodyPart(i));
                if (!html.isEmpty()) {
                    return html;
                }
            }
        }
        return "";
    }
}
