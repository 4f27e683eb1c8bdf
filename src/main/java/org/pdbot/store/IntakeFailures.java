package org.pdbot.store;

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
            return (int) Sql.number(c, "select count(*) from event where kind = 'INTAKE_FAILED' and detail like ?",
                    key(contentHash) + "%");
        });
    }

    private static String key(String contentHash) {
        return "sha256:" + contentHash;
    }
}
