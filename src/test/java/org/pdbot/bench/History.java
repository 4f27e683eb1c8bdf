package org.pdbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.pdbot.store.Database;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.pdbot.testing.StoredHistory;

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
    record Stores(Database db, RequestStore requests, ThreadStore threads) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("byANumber", (s, row) -> s.requests().byANumber(StoredHistory.aNumberOf(row))),
            new Query("byMessageId", (s, row) -> s.requests().byMessageId(StoredHistory.messageIdOf(row)).orElseThrow()),
            // what `./pdbot status` reads by default: the latest 50 requests, each one's replies, and the total
            new Query("statusLatest", (s, row) -> s.requests().latest(50).stream()
                    .mapToInt(r -> s.threads().ofRequest(r.id()).size()).sum() + s.requests().count()));

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
                StoredHistory.fill(db, rows);
                log.accept(String.format("  history: %,d requests inserted in %.1f s", rows, (System.nanoTime() - t0) / 1e9));
                Stores stores = new Stores(db, new RequestStore(db), new ThreadStore(db));
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
}
