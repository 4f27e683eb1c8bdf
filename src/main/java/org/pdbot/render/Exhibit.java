package org.pdbot.render;

import org.pdbot.casefile.SupportingDocument;

import java.nio.file.Path;

/**
 * One supporting document's place in a packet, settled before the letter is written so that the letter's
 * exhibit index and the pages that follow agree.
 *
 * @param pdf       the PDF to append (the document itself, or the page made from an image); null unless included
 * @param pageCount pages it adds to the packet; 0 unless included
 * @param problem   why it could not be included, in plain words; null unless failed
 */
record Exhibit(int number, SupportingDocument document, Status status, Path pdf, int pageCount, String problem) {

    enum Status {
        /** Merged into the packet. */
        INCLUDED,
        /** Not a PDF or an image: listed in the index, attached to the mail as it is. */
        SEPARATE,
        /** A PDF or image that could not be read: listed in the index as not included, reported as a problem. */
        FAILED
    }

    static Exhibit included(int number, SupportingDocument document, Path pdf, int pageCount) {
        return new Exhibit(number, document, Status.INCLUDED, pdf, pageCount, null);
    }

    static Exhibit separate(int number, SupportingDocument document) {
        return new Exhibit(number, document, Status.SEPARATE, null, 0, null);
    }

    static Exhibit failed(int number, SupportingDocument document, String why) {
        return new Exhibit(number, document, Status.FAILED, null, 0,
                "Exhibit %d '%s' could not be included in the PDF packet: %s".formatted(number, fileName(number,
                        document), why));
    }

    Exhibit asFailed(String why) {
        return failed(number, document, why);
    }

    String fileName() {
        return fileName(number, document);
    }

    /** The bookmark: "Exhibit 2 – passport.pdf". */
    String title() {
        return "Exhibit " + number + " – " + fileName();
    }

    private static String fileName(int number, SupportingDocument d) {
        String name = d == null ? null : Text.oneLine(d.fileName());
        return name == null ? "document " + number : name;
    }
}
