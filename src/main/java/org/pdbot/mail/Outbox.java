package org.pdbot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxStore;

/**
 * Puts a composed mail in the outbox: the complete MIME goes to a file first, then the row is written in
 * the caller's transaction, together with whatever decided to send it. The outbox route sends it as soon as
 * that transaction commits (the commit wakes it through the {@link OutboxSignal}).
 */
public final class Outbox {

    private final Path dir;
    private final OutboxSignal signal;

    public Outbox(Path dataDir, OutboxSignal signal) {
        this.dir = dataDir.resolve("outbox");
        this.signal = signal;
    }

    public long enqueue(Connection c, String kind, Long intakeId, Long requestId, MimeMessage mail,
                        java.util.List<String> recipients) throws SQLException {
        Path file = write(mail);
        try {
            return enqueueStored(c, kind, intakeId, requestId, mail.getMessageID(), recipients, file);
        } catch (MessagingException e) {
            throw new SQLException("Cannot read the Message-ID of an outgoing mail", e);
        }
    }

    /** Keeps a composed mail for later (a draft's request to OPLA, sent only once approved). */
    public Path store(MimeMessage mail) throws SQLException {
        return write(mail);
    }

    /** Queues a mail kept by {@link #store}, exactly as it was composed. */
    public long enqueueStored(Connection c, String kind, Long intakeId, Long requestId, String messageId,
                              java.util.List<String> recipients, Path file) throws SQLException {
        long id = OutboxStore.insert(c, kind, intakeId, requestId, messageId, String.join(", ", recipients),
                file.toString());
        Database.afterCommit(signal::wake);
        return id;
    }

    private Path write(MimeMessage mail) throws SQLException {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                mail.writeTo(out);
            }
            Path target = dir.resolve(tmp.getFileName().toString().replace(".part", ".eml"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | MessagingException e) {
            throw new SQLException("Cannot write the outgoing mail to " + dir + ": " + e.getMessage(), e);
        }
    }
}
