package org.pdbot.casefile;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A document that travels with the request (a PDF exhibit, a scan). Its bytes stay in a file so that a
 * large exhibit is streamed, never held in memory.
 *
 * @param title what the document is, for the exhibit index ("Birth certificate of Ana Ruiz"); null when the
 *              intake gave none (the index then falls back to a cleaned file name)
 * @param date  the document's own date, when the intake gave it
 */
public record SupportingDocument(String fileName, String contentType, Path file, long size, String title,
                                 LocalDate date) {

    public SupportingDocument(String fileName, String contentType, Path file, long size) {
        this(fileName, contentType, file, size, null, null);
    }

    /** The same document, its bytes now in {@code newFile}. */
    public SupportingDocument withFile(Path newFile, long newSize) {
        return new SupportingDocument(fileName, contentType, newFile, newSize, title, date);
    }
}
