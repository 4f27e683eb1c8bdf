package org.pdbot.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed round of a timer route (outbox, follow-ups, interrupted sends, the watch) leaves behind: one log
 * line naming the route and what failed, and a count in {@code pdbot_round_failures_total{route,kind}}. Called by
 * the {@code rounds} route configuration ({@code routes/errors.camel.yaml}); each round reads its work from the
 * database, so the next round simply does it again. A failure that repeats (the outbox runs every few
 * milliseconds) is logged again only every few minutes, with the count of rounds failed meanwhile.
 */
public final class RoundFailures {

    private static final Logger log = LoggerFactory.getLogger(RoundFailures.class);

    private static final Duration REPEAT_LOG = Duration.ofMinutes(5);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unlogged = new ConcurrentHashMap<>();

    RoundFailures(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The database failed (unreachable, locked, out of space). */
    public void store(String routeId, Throwable e) {
        if (!count(routeId, "store")) {
            return;
        }
        log.atError().addKeyValue("event", "round.failed").addKeyValue("route", routeId).addKeyValue("kind", "store")
                .log("Round of {} failed on the database: {}; the next round tries again", routeId,
                        InboxPolls.describe(e));
    }

    /** The mail server failed (down, refusing logins, timing out). */
    public void mail(String routeId, Throwable e) {
        if (!count(routeId, "mail")) {
            return;
        }
        log.atWarn().addKeyValue("event", "round.failed").addKeyValue("route", routeId).addKeyValue("kind", "mail")
                .log("Round of {} failed on the mail server: {}; the next round tries again", routeId,
                        InboxPolls.describe(e));
    }

    /** Anything else: a defect, logged with its stack trace. */
    public void other(String routeId, Throwable e) {
        if (!count(routeId, "other")) {
            return;
        }
        log.atError().addKeyValue("event", "round.failed").addKeyValue("route", routeId).addKeyValue("kind", "other")
                .setCause(e).log("Round of {} failed: {}; the next round tries again", routeId, InboxPolls.describe(e));
    }

    /** Counts the failure; true when it is to be logged (the first in a while for this route and kind). */
    private boolean count(String routeId, String kind) {
        Counter.builder("pdbot.round.failures").tag("route", routeId).tag("kind", kind)
                .description("Failed rounds of the timer routes, by route and what failed").register(registry)
                .increment();
        String key = routeId + "/" + kind;
        Instant now = clock.instant();
        Instant last = lastLogged.get(key);
        if (last != null && Duration.between(last, now).compareTo(REPEAT_LOG) < 0) {
            unlogged.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            return false;
        }
        lastLogged.put(key, now);
        AtomicLong meanwhile = unlogged.remove(key);
        if (meanwhile != null) {
            log.atInfo().addKeyValue("event", "round.failed_meanwhile").addKeyValue("route", routeId)
                    .addKeyValue("kind", kind).log("{} more round(s) of {} failed the same way since the last line",
                            meanwhile.get(), routeId);
        }
        return true;
    }
}
