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

/** Threads of requests: the replies and follow-ups, and every status change. */
public final class ThreadStore {

    private static final String COLUMNS = "id, request_id, intake_id, message_id, from_address, subject, received_at, "
            + "origin, classification, matched_by, rule, raw_path, summary";

    private final Database db;

    public ThreadStore(Database db) {
        this.db = db;
    }

    public static long insert(Connection c, ThreadMessage m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into thread_message (request_id, intake_id, message_id, "
                + "from_address, subject, received_at, origin, classification, matched_by, rule, raw_path, summary) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, m.requestId());
            ps.setObject(2, m.intakeId());
            ps.setString(3, IntakeStore.truncate(m.messageId(), 998));
            ps.setString(4, IntakeStore.truncate(m.fromAddress(), 320));
            ps.setString(5, IntakeStore.truncate(m.subject(), 1000));
            ps.setTimestamp(6, Timestamp.from(m.receivedAt()));
            ps.setString(7, m.origin());
            ps.setString(8, m.classification());
            ps.setString(9, m.matchedBy());
            ps.setString(10, IntakeStore.truncate(m.rule(), 500));
            ps.setString(11, m.rawPath());
            ps.setString(12, IntakeStore.truncate(m.summary(), 2000));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The request a stored thread mail belongs to (a reply to a reply), by that mail's Message-ID. */
    public Optional<Long> requestOfThreadMessage(String messageId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select request_id from thread_message "
                    + "where message_id = ? and request_id is not null fetch first row only")) {
                ps.setString(1, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public List<ThreadMessage> ofRequest(long requestId) {
        return query("select " + COLUMNS + " from thread_message where request_id = ? order by received_at, id", requestId);
    }

    public List<ThreadMessage> unmatched() {
        return query("select " + COLUMNS + " from thread_message where request_id is null order by received_at, id", null);
    }

    public List<StatusChange> statusChanges(long requestId) {
        return db.inTransaction(c -> {
            List<StatusChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select request_id, at, from_status, to_status, reason, "
                    + "message_id from status_change where request_id = ? order by at, id")) {
                ps.setLong(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StatusChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    private List<ThreadMessage> query(String sql, Object param) {
        return db.inTransaction(c -> {
            List<ThreadMessage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param != null) {
                    ps.setObject(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ThreadMessage(rs.getLong("id"), rs.getObject("request_id", Long.class),
                                rs.getObject("intake_id", Long.class), rs.getString("message_id"),
                                rs.getString("from_address"), rs.getString("subject"),
                                rs.getTimestamp("received_at").toInstant(), rs.getString("origin"),
                                rs.getString("classification"), rs.getString("matched_by"), rs.getString("rule"),
                                rs.getString("raw_path"), rs.getString("summary")));
                    }
                }
            }
            return out;
        });
    }
}
