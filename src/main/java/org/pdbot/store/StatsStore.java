package org.pdbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts for the metrics, read in one transaction. */
public final class StatsStore {

    /**
     * @param requestsSent              requests to OPLA the SMTP server accepted, ever
     * @param repliesByClassification   mail in request threads (and unmatched OPLA mail) by classification
     * @param requestsByStatus          requests by their current status
     * @param outboxByStatus            outgoing mails by their current status
     */
    public record Counts(long requestsSent, Map<String, Long> repliesByClassification,
                         Map<String, Long> requestsByStatus, Map<String, Long> outboxByStatus) {
    }

    private final Database db;

    public StatsStore(Database db) {
        this.db = db;
    }

    public Counts counts() {
        return db.inTransaction(c -> new Counts(
                single(c, "select count(*) from outbox where kind = 'REQUEST' and status = 'SENT'"),
                grouped(c, "select classification, count(*) from thread_message"
                        + " where origin <> 'CLINIC' and classification is not null group by classification"),
                grouped(c, "select status, count(*) from pd_request group by status"),
                grouped(c, "select status, count(*) from outbox group by status")));
    }

    private static long single(Connection c, String sql) throws SQLException {
        return Sql.number(c, sql);
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : Sql.list(c, sql, rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
