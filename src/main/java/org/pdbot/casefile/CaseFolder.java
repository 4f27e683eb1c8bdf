package org.pdbot.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder a case file sits in. Documents named by the case file are attached only when they are plain
 * files inside this folder: a case file must not be able to send {@code ../../etc/passwd} to OPLA.
 */
final class CaseFolder {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "tif", "image/tiff",
            "tiff", "image/tiff",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain");

    private final Path folder;

    CaseFolder(Path folder) {
        this.folder = folder;
    }

    /** Adds the document named {@code relative} to {@code builder}, or a problem saying why it was not attached. */
    void attach(String relative, CaseFile.Builder builder) {
        attach(relative, null, null, builder);
    }

    /** As {@link #attach(String, CaseFile.Builder)}, with the title and date the case file gives the document. */
    void attach(String relative, String title, java.time.LocalDate date, CaseFile.Builder builder) {
        if (relative.isBlank()) {
            return;
        }
        String problem = problemWith(relative);
        if (problem != null) {
            builder.addProblem("Document '" + relative + "' " + problem);
            return;
        }
        Path file = folder.resolve(relative).normalize();
        try {
            Path real = file.toRealPath();
            builder.addDocument(new SupportingDocument(real.getFileName().toString(), contentType(relative), real,
                    Files.size(real), title, date));
        } catch (IOException e) {
            builder.addProblem("Document '" + relative + "' cannot be read");
        }
    }

    private String problemWith(String relative) {
        Path root;
        Path file;
        try {
            root = folder.toRealPath();
            Path given = Path.of(relative);
            if (given.isAbsolute() || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
                return "is outside the case folder";
            }
            file = root.resolve(given).normalize();
        } catch (InvalidPathException | IOException e) {
            return "is not a file name";
        }
        if (!file.startsWith(root)) {
            return "is outside the case folder";
        }
        if (Files.isSymbolicLink(file)) {
            return "is a link, not a file";
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "does not exist";
        }
        try {
            // A folder inside the case folder may itself be a link that leads out of it.
            if (!file.toRealPath().startsWith(root)) {
                return "is outside the case folder";
            }
        } catch (IOException e) {
            return "cannot be read";
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return "is a folder, not a file";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a plain file";
        }
        if (contentType(relative) == null) {
            return "is not a PDF, image, Word or text file";
        }
        return null;
    }

    private static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
