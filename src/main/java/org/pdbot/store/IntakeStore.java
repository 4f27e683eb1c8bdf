package org.pdbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Intakes and their outcomes. */
public final class IntakeStore {

    private static final String COLUMNS =
            "id, source, message_id, content_hash, sender, subject, raw_path, received_at, outcome, detail";

    private final Database db;

    public IntakeStore(Database db) {
        this.db = db;
    }

    /**
     * The intake with this content, or else one with this Message-ID (the same mail delivered twice can
     * differ in trace headers), or empty when pdbot has never seen it.
     */
    public Optional<IntakeRecord> findSeen(String contentHash, String messageId) {
        return db.inTransaction(c -> {
            Optional<IntakeRecord> byHash = queryOne(c, "select " + COLUMNS + " from intake where content_hash = ?",
                    contentHash);
            if (byHash.isPresent() || messageId == null) {
                return byHash;
            }
            return queryOne(c, "select " + COLUMNS + " from intake where message_id = ? order by id fetch first row only",
                    messageId);
        });
    }

    public IntakeRecord insert(String source, String messageId, String contentHash, String sender, String subject,
                               String rawPath, Instant receivedAt) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into intake (source, message_id, content_hash, sender, subject, raw_path, received_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, source);
                ps.setString(2, truncate(messageId, 998));
                ps.setString(3, contentHash);
                ps.setString(4, truncate(sender, 320));
                ps.setString(5, truncate(subject, 1000));
                ps.setString(6, rawPath);
                ps.setTimestamp(7, Timestamp.from(receivedAt));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new IntakeRecord(keys.getLong(1), source, messageId, contentHash, sender, subject, rawPath,
                            receivedAt, null, null);
                }
            }
        });
    }

    /** Records the one outcome of an intake, in the caller's transaction; {@code IntakeRecorder} is its only caller. */
    public static void finish(Connection c, long intakeId, String outcome, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update intake set outcome = ?, detail = ?, finished_at = ? where id = ?")) {
            ps.setString(1, outcome);
            ps.setString(2, detail);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setLong(4, intakeId);
            ps.executeUpdate();
        }
    }

    public Optional<IntakeRecord> byId(long id) {
        return db.inTransaction(c -> queryOne(c, "select " + COLUMNS + " from intake where id = ?", id));
    }

    public List<IntakeRecord> all() {
        return db.inTransaction(c -> {
            List<IntakeRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from intake order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    private static Optional<IntakeRecord> queryOne(Connection c, String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static IntakeRecord map(ResultSet rs) throws SQLException {
        return new IntakeRecord(rs.getLong("id"), rs.getString("source"), rs.getString("message_id"),
                rs.getString("content_hash"), rs.getString("sender"), rs.getString("subject"),
                rs.getString("raw_path"), rs.getTimestamp("received_at").toInstant(), rs.getString("outcome"),
                rs.getString("detail"));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
