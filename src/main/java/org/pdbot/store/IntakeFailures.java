package org.pdbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Failed attempts at one intake, counted by the sha-256 of its raw content (so they count even when the
 * intake row itself could not be written). Kept in the audit trail as INTAKE_FAILED events.
 */
public final class IntakeFailures {

    private final Database db;

    public IntakeFailures(Database db) {
        this.db = db;
    }

    /** Records one more failure of the content with this hash; returns how many there were in all. */
    public int record(String contentHash, Long intakeId, String error) {
        return db.inTransaction(c -> {
            AuditLog.record(c, intakeId, null, "INTAKE_FAILED", key(contentHash) + " " + error);
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from event where kind = 'INTAKE_FAILED' and detail like ?")) {
                ps.setString(1, key(contentHash) + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String key(String contentHash) {
        return "sha256:" + contentHash;
    }
}
