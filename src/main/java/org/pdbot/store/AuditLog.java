package org.pdbot.store;

import java.sql.Connection;
import java.sql.SQLException;
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
        Sql.update(c, "insert into event (at, intake_id, request_id, kind, detail) values (?, ?, ?, ?, ?)",
                Instant.now(), intakeId, requestId, kind, IntakeStore.truncate(detail, 4000));
    }

    /** Whether the trail already holds an event of this kind with exactly this detail (a warning given once). */
    public static boolean has(Connection c, String kind, String detail) throws SQLException {
        return Sql.number(c, "select count(*) from event where kind = ? and detail = ?", kind, detail) > 0;
    }
}
