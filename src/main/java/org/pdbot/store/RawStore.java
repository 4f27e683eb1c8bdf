package org.pdbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Raw intakes as content-addressed files ({@code raw/ab/abcdef….eml}): written before anything else
 * happens to an intake, so nothing a clinic sent is ever only in memory.
 */
public final class RawStore {

    private final Path root;

    public RawStore(Path dataDir) {
        this.root = dataDir.resolve("raw");
    }

    public record Stored(Path file, String sha256, long size) {
    }

    /** Something that can write itself out, like a mail still on the IMAP server. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, jakarta.mail.MessagingException;
    }

    public Stored store(InputStream in, String extension) throws IOException {
        try {
            return store(in::transferTo, extension);
        } catch (jakarta.mail.MessagingException e) {
            throw new IOException(e);
        }
    }

    /** Streams the content to a temporary file while hashing it, then moves it to its content address. */
    public Stored store(Content content, String extension) throws IOException, jakarta.mail.MessagingException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "incoming-", ".part");
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
            content.writeTo(out);
        } catch (IOException | jakarta.mail.MessagingException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        long size = Files.size(tmp);
        String hash = HexFormat.of().formatHex(sha.digest());
        Path target = root.resolve(hash.substring(0, 2)).resolve(hash + extension);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(tmp);
        } else {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Stored(target, hash, size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
