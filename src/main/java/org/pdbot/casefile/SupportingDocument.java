package org.pdbot.casefile;

import java.nio.file.Path;

/**
 * A document that travels with the request (a PDF exhibit, a scan). Its bytes stay in a file so that a
 * large exhibit is streamed, never held in memory.
 */
public record SupportingDocument(String fileName, String contentType, Path file, long size) {
}
