package org.pdbot.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the clinic inbox was really read: each drain of the inbox reports here whether it connected,
 * opened the folder, read and filed its batch ({@link #succeeded}) or failed on the way ({@link #failed}). The
 * health check, the metrics and the admin warning read the {@link State}.
 */
public final class InboxPolls {

    private static final Logger log = LoggerFactory.getLogger(InboxPolls.class);
    private static final Duration REPEAT_LOG = Duration.ofMinutes(5);

    /** What is known about the inbox polls so far. */
    public record State(Instant startedAt, Instant lastSuccess, Instant failingSince, String lastError,
                        long successes, long failures) {

        /** How long since the inbox was last read, or since pdbot started when it never was. */
        public Duration sinceLastSuccess(Instant now) {
            return Duration.between(lastSuccess == null ? startedAt : lastSuccess, now);
        }

        public Optional<Instant> lastSuccessAt() {
            return Optional.ofNullable(lastSuccess);
        }
    }

    private final Clock clock;
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Instant startedAt;
    private volatile Instant lastSuccess;
    private volatile Instant failingSince;
    private volatile String lastError;
    private volatile Instant lastLogged;

    public InboxPolls(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public State state() {
        return new State(startedAt, lastSuccess, failingSince, lastError, successes.get(), failures.get());
    }

    /** A drain read the inbox and filed what it handled. */
    public void succeeded() {
        Instant now = clock.instant();
        successes.incrementAndGet();
        Instant since = failingSince;
        if (since != null) {
            log.atInfo().addKeyValue("event", "inbox.recovered").addKeyValue("down_s", Duration.between(since, now).toSeconds())
                    .log("The clinic inbox is read again after failing for {}s", Duration.between(since, now).toSeconds());
        }
        failingSince = null;
        lastError = null;
        lastSuccess = now;
    }

    /** A drain could not read or file the inbox. */
    public void failed(Throwable error) {
        failed(describe(error));
    }

    private void failed(String why) {
        Instant now = clock.instant();
        failures.incrementAndGet();
        lastError = why;
        if (failingSince == null) {
            failingSince = now;
        }
        // one line when an outage starts, then one every few minutes, not one per poll
        Instant logged = lastLogged;
        if (logged == null || failingSince.equals(now) || Duration.between(logged, now).compareTo(REPEAT_LOG) >= 0) {
            lastLogged = now;
            log.atWarn().addKeyValue("event", "inbox.poll_failed").addKeyValue("failing_s",
                    Duration.between(failingSince, now).toSeconds()).log("Could not read the clinic inbox: {}", why);
        }
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 500; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m.strip()) < 0) {
                sb.append(sb.isEmpty() ? "" : ": ").append(m.strip());
            }
        }
        return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString().replaceAll("[\\r\\n]+", " ");
    }
}
