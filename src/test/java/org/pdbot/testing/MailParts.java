package org.pdbot.testing;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** What a person sees of a received mail: its text and the names of its attachments. */
public final class MailParts {

    private MailParts() {
    }

    /** The first text/plain part, or null. */
    public static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String t = textOf(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The outline of each PDF attached to the mail, in order: "Letter", "Exhibit 1 – passport.pdf", … */
    public static List<String> pdfBookmarks(Part part) throws Exception {
        List<String> titles = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                titles.addAll(pdfBookmarks(mp.getBodyPart(i)));
            }
        } else if (part.isMimeType("application/pdf")) {
            try (var in = part.getInputStream();
                 var pdf = org.apache.pdfbox.Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBuffer(in))) {
                var outline = pdf.getDocumentCatalog().getDocumentOutline();
                if (outline != null) {
                    for (var item : outline.children()) {
                        titles.add(item.getTitle());
                    }
                }
            }
        }
        return titles;
    }

    public static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                names.addAll(attachmentNames(mp.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            names.add(part.getFileName());
        }
        return names;
    }
}
