package org.pdbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.pdbot.store.Database;
import org.pdbot.store.RequestStore;

/**
 * pdbot's look-ups as its history grows: a database (H2 file, pdbot's own migrations) filled directly over SQL
 * with 1,000 and with 100,000 requests, then each {@link Query} timed over many random look-ups.
 * A new measurement (status, reply matching) is one more entry in {@link #QUERIES}.
 */
final class History {

    /** One look-up against a filled store; {@code row} picks which stored request it asks for. */
    record Query(String name, Lookup lookup) {
    }

    @FunctionalInterface
    interface Lookup {
        Object run(Stores stores, int row);
    }

    /** What a query may use. Grows with pdbot (a status query, a reply matcher...). */
    record Stores(Database db, RequestStore requests) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("byANumber", (s, row) -> s.requests().byANumber(aNumberOf(row))),
            new Query("byMessageId", (s, row) -> s.requests().byMessageId(messageIdOf(row)).orElseThrow()));

    private static final int WARMUP_LOOKUPS = 3000;
    private static final int LOOKUPS = 5000;

    private History() {
    }

    /** Mean microseconds per look-up, by query name, then by row count. */
    static Map<String, Map<Integer, Double>> measure(int[] rowCounts, Consumer<String> log) throws Exception {
        Map<String, Map<Integer, Double>> out = new LinkedHashMap<>();
        for (int rows : rowCounts) {
            Path dir = Files.createTempDirectory("pdbot-history-");
            try (Database db = Database.open(dir)) {
                long t0 = System.nanoTime();
                fill(db, rows);
                log.accept(String.format("  history: %,d requests inserted in %.1f s", rows, (System.nanoTime() - t0) / 1e9));
                Stores stores = new Stores(db, new RequestStore(db));
                for (Query q : QUERIES) {
                    double us = time(q, stores, rows);
                    out.computeIfAbsent(q.name(), k -> new LinkedHashMap<>()).put(rows, us);
                    log.accept(String.format("  history: %s with %,d requests: %.0f µs per look-up", q.name(), rows, us));
                }
            } finally {
                TempDirs.delete(dir);
            }
        }
        return out;
    }

    private static double time(Query q, Stores stores, int rows) {
        Random random = new Random(1);
        for (int i = 0; i < WARMUP_LOOKUPS; i++) {
            q.lookup().run(stores, random.nextInt(rows));
        }
        List<Integer> picks = new ArrayList<>(LOOKUPS);
        for (int i = 0; i < LOOKUPS; i++) {
            picks.add(random.nextInt(rows));
        }
        long t0 = System.nanoTime();
        for (int row : picks) {
            if (q.lookup().run(stores, row) == null) {
                throw new IllegalStateException(q.name() + " found nothing for row " + row);
            }
        }
        return (System.nanoTime() - t0) / 1e3 / LOOKUPS;
    }

    static String aNumberOf(int row) {
        return String.valueOf(400_000_000 + row);
    }

    static String messageIdOf(int row) {
        return "<pdbot.history." + row + "@clinic.test>";
    }

    /** One intake and one sent request per row, in batches, as years of use would leave them. */
    static void fill(Database db, int rows) {
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
