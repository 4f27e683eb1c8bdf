package org.pdbot.render;

import org.pdbot.casefile.SupportingDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * A PD request as one PDF: the letter, then the exhibits, with bookmarks and page numbers.
 *
 * @param file           the PDF written
 * @param pages          its page count
 * @param bytes          its size on disk
 * @param sections       the letter and each exhibit merged in, in page order
 * @param problems       what a person should know before sending, in plain words: an exhibit that could not be
 *                       included (not a readable PDF or image), a page too big for a size limit; empty when none
 * @param sentSeparately supporting documents that are neither PDF nor JPEG/PNG (a .docx, a .txt...): listed in
 *                       the letter's exhibit index as sent separately, to be attached to the mail as they are
 * @param letterText     the letter exactly as the PDF says it, as plain text: what the attorney approves
 */
public record Packet(Path file, int pages, long bytes, List<PacketSection> sections, List<String> problems,
                     List<SupportingDocument> sentSeparately, String letterText) {

    public Packet {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        sentSeparately = List.copyOf(sentSeparately);
    }
}
