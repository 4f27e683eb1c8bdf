package org.pdbot.casefile;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams attachment parts into new files of one directory. The file on disk gets a fresh unique name; the
 * sender's name is only kept in {@link SupportingDocument#fileName()}, so it can never choose the path.
 */
final class AttachmentStore {

    private static final int BUFFER = 64 * 1024;
    private static final long MB = 1024L * 1024L;
    private static final long KB = 1024L;

    private final Path directory;
    private final long maxBytes;

    AttachmentStore(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    Optional<SupportingDocument> save(Part part, PartInfo info, List<String> problems) throws IOException {
        String name = FileNames.displayName(info.rawFileName(), info.baseType());
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "doc-", "." + FileNames.diskExtension(name, info.baseType()));
        long size;
        try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            size = copyCapped(in, out);
        } catch (IOException | MessagingException | RuntimeException e) {
            Files.deleteIfExists(file);
            problems.add("Attachment '" + name + "' could not be decoded and was not kept");
            return Optional.empty();
        }
        if (size > maxBytes) {
            Files.deleteIfExists(file);
            problems.add("Attachment '" + name + "' is " + humanSize(size) + ", over the " + humanSize(maxBytes)
                    + " limit");
            return Optional.empty();
        }
        return Optional.of(new SupportingDocument(name, info.baseType(), file, size));
    }

    /** Copies up to the limit, then only counts the rest so the problem can say how large the part was. */
    private long copyCapped(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (total + n <= maxBytes) {
                out.write(buffer, 0, n);
            }
            total += n;
        }
        return total;
    }

    static String humanSize(long bytes) {
        if (bytes >= MB) {
            return decimal(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return decimal(bytes / (double) KB) + " KB";
        }
        return bytes + " bytes";
    }

    private static String decimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
