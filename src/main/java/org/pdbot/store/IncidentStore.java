package org.pdbot.store;

import java.time.Instant;
import java.util.Optional;

/** The open incidents the admin was warned about, one per kind ({@code inbox}, {@code credential}). */
public final class IncidentStore {

    private final Database db;

    public IncidentStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String kind) {
        return db.inTransaction(c -> Sql.first(c, "select detail from admin_incident where kind = ?",
                rs -> rs.getString(1), kind));
    }

    /** Records the incident as warned about (replacing an earlier one of its kind). */
    public void open(String kind, String detail) {
        db.inTransaction(c -> {
            Sql.update(c, "delete from admin_incident where kind = ?", kind);
            Sql.update(c, "insert into admin_incident (kind, detail, opened_at) values (?, ?, ?)", kind,
                    IntakeStore.truncate(detail, 1000), Instant.now());
            return null;
        });
    }

    /** The incident is over; true when there was one. */
    public boolean close(String kind) {
        return db.inTransaction(c -> Sql.update(c, "delete from admin_incident where kind = ?", kind) > 0);
    }
}
