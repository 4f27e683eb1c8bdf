package org.pdbot.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.pdbot.store.StatsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database counts behind the metrics, read at most once a second however many meters ask. */
final class DatabaseStats {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStats.class);
    private static final Duration FRESH = Duration.ofSeconds(1);
    private static final StatsStore.Counts NONE = new StatsStore.Counts(0, Map.of(), Map.of(), Map.of());

    private final StatsStore store;
    private final Clock clock;
    private StatsStore.Counts counts = NONE;
    private Instant readAt = Instant.MIN;

    DatabaseStats(StatsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    synchronized StatsStore.Counts counts() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            try {
                counts = store.counts();
            } catch (RuntimeException e) {
                log.warn("Cannot read the counts for the metrics: {}", InboxPolls.describe(e));
            }
            readAt = now;
        }
        return counts;
    }
}
