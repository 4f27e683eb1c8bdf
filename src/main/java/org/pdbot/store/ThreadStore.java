package org.pdbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Threads of requests: the replies and follow-ups, and every status change. */
public final class ThreadStore {

    private static final String COLUMNS = "id, request_id, intake_id, message_id, from_address, subject, received_at, "
            + "origin, classification, matched_by, rule, raw_path, summary";

    private final Database db;

    public ThreadStore(Database db) {
        this.db = db;
    }

    public static long insert(Connection c, ThreadMessage m) throws SQLException {
        return Sql.insert(c, "insert into thread_message (request_id, intake_id, message_id, from_address, subject, "
                + "received_at, origin, classification, matched_by, rule, raw_path, summary) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.requestId(), m.intakeId(),
                IntakeStore.truncate(m.messageId(), 998), IntakeStore.truncate(m.fromAddress(), 320),
                IntakeStore.truncate(m.subject(), 1000), m.receivedAt(), m.origin(), m.classification(), m.matchedBy(),
                IntakeStore.truncate(m.rule(), 500), m.rawPath(), IntakeStore.truncate(m.summary(), 2000));
    }

    /** The request a stored thread mail belongs to (a reply to a reply), by that mail's Message-ID. */
    public Optional<Long> requestOfThreadMessage(String messageId) {
        return db.inTransaction(c -> Sql.first(c, "select request_id from thread_message where message_id = ? "
                + "and request_id is not null fetch first row only", rs -> rs.getLong(1), messageId));
    }

    public List<ThreadMessage> ofRequest(long requestId) {
        return query("select " + COLUMNS + " from thread_message where request_id = ? order by received_at, id", requestId);
    }

    public List<ThreadMessage> unmatched() {
        return query("select " + COLUMNS + " from thread_message where request_id is null order by received_at, id");
    }

    public List<StatusChange> statusChanges(long requestId) {
        return db.inTransaction(c -> Sql.list(c, "select request_id, at, from_status, to_status, reason, message_id "
                + "from status_change where request_id = ? order by at, id",
                rs -> new StatusChange(rs.getLong(1), Sql.instant(rs, "at"), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), requestId));
    }

    private List<ThreadMessage> query(String sql, Object... args) {
        return db.inTransaction(c -> Sql.list(c, sql, ThreadStore::map, args));
    }

    private static ThreadMessage map(ResultSet rs) throws SQLException {
        return new ThreadMessage(rs.getLong("id"), Sql.id(rs, "request_id"), Sql.id(rs, "intake_id"),
                rs.getString("message_id"), rs.getString("from_address"), rs.getString("subject"),
                Sql.instant(rs, "received_at"), rs.getString("origin"), rs.getString("classification"),
                rs.getString("matched_by"), rs.getString("rule"), rs.getString("raw_path"), rs.getString("summary"));
    }
}
