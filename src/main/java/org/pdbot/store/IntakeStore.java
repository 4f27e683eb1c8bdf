package org.pdbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
            long id = Sql.insert(c, "insert into intake (source, message_id, content_hash, sender, subject, raw_path, "
                    + "received_at) values (?, ?, ?, ?, ?, ?, ?)", source, truncate(messageId, 998), contentHash,
                    truncate(sender, 320), truncate(subject, 1000), rawPath, receivedAt);
            return new IntakeRecord(id, source, messageId, contentHash, sender, subject, rawPath, receivedAt, null, null);
        });
    }

    /** Records the one outcome of an intake, in the caller's transaction; {@code IntakeRecorder} is its only caller. */
    public static void finish(Connection c, long intakeId, String outcome, String detail) throws SQLException {
        Sql.update(c, "update intake set outcome = ?, detail = ?, finished_at = ? where id = ?", outcome, detail,
                Instant.now(), intakeId);
    }

    /**
     * The intake's outcome so far (null while it has none), its row locked until the caller's transaction ends, so
     * two copies of one mail take turns.
     */
    public static String lockOutcome(Connection c, long intakeId) throws SQLException {
        return Sql.first(c, "select outcome from intake where id = ? for update", rs -> rs.getString(1), intakeId)
                .orElse(null);
    }

    public Optional<IntakeRecord> byId(long id) {
        return db.inTransaction(c -> queryOne(c, "select " + COLUMNS + " from intake where id = ?", id));
    }

    public List<IntakeRecord> all() {
        return db.inTransaction(c -> Sql.list(c, "select " + COLUMNS + " from intake order by id", IntakeStore::map));
    }

    private static Optional<IntakeRecord> queryOne(Connection c, String sql, Object param) throws SQLException {
        return Sql.first(c, sql, IntakeStore::map, param);
    }

    private static IntakeRecord map(ResultSet rs) throws SQLException {
        return new IntakeRecord(rs.getLong("id"), rs.getString("source"), rs.getString("message_id"),
                rs.getString("content_hash"), rs.getString("sender"), rs.getString("subject"),
                rs.getString("raw_path"), Sql.instant(rs, "received_at"), rs.getString("outcome"),
                rs.getString("detail"));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
