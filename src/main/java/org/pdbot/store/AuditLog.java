package org.pdbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The append-only trail of what happened to each intake and request. Details never hold full A-numbers. */
public final class AuditLog {

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    public void record(Long intakeId, Long requestId, String kind, String detail) {
        db.inTransaction(c -> {
            record(c, intakeId, requestId, kind, detail);
            return null;
        });
    }

    public static void record(Connection c, Long intakeId, Long requestId, String kind, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into event (at, intake_id, request_id, kind, detail) values (?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setObject(2, intakeId);
            ps.setObject(3, requestId);
            ps.setString(4, kind);
            ps.setString(5, IntakeStore.truncate(detail, 4000));
            ps.executeUpdate();
        }
    }
}
