package org.pdbot.testing;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.pdbot.store.Database;

/** A database filled straight over SQL with years of history: one intake and one sent request per row. */
public final class StoredHistory {

    private StoredHistory() {
    }

    public static String aNumberOf(int row) {
        return String.valueOf(400_000_000 + row);
    }

    public static String messageIdOf(int row) {
        return "<pdbot.history." + row + "@clinic.test>";
    }

    /** One intake and one sent request per row, in batches, as years of use would leave them. */
    public static void fill(Database db, int rows) {
        Timestamp then = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        int batch = 5000;
        for (int from = 0; from < rows; from += batch) {
            int start = from;
            int end = Math.min(rows, from + batch);
            db.inTransaction(c -> {
                try (PreparedStatement intake = c.prepareStatement("insert into intake (id, source, message_id, "
                        + "content_hash, sender, subject, raw_path, received_at, outcome, finished_at) "
                        + "values (?, 'MAIL', ?, ?, 'paralegal@clinic.test', ?, ?, ?, 'SUBMITTED', ?)");
                     PreparedStatement request = c.prepareStatement("insert into pd_request (intake_id, a_number, "
                             + "client_name, pd_types, office_code, office_address, matched_by, subject, reference, "
                             + "message_id, detained, attorney_email, status, created_at, sent_at) values "
                             + "(?, ?, 'Client Name', 'DISMISS', 'ATL', 'ICE-OPLA-ATL-PD@ice.dhs.gov', 'court Atlanta', "
                             + "?, ?, ?, false, 'arivera@clinic.test', 'SENT', ?, ?)")) {
                    for (int row = start; row < end; row++) {
                        long id = row + 1L;
                        intake.setLong(1, id);
                        intake.setString(2, "<intake." + row + "@mail.clinic.test>");
                        intake.setString(3, String.format("%064x", id));
                        intake.setString(4, "PD intake " + row);
                        intake.setString(5, "raw/" + row + ".eml");
                        intake.setTimestamp(6, then);
                        intake.setTimestamp(7, then);
                        intake.addBatch();
                        request.setLong(1, id);
                        request.setString(2, aNumberOf(row));
                        request.setString(3, "PD request A" + aNumberOf(row));
                        request.setString(4, "PDB-" + row);
                        request.setString(5, messageIdOf(row));
                        request.setTimestamp(6, then);
                        request.setTimestamp(7, then);
                        request.addBatch();
                    }
                    intake.executeBatch();
                    request.executeBatch();
                }
                return null;
            });
        }
    }
}
