package org.pdbot.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Liveness: pdbot is alive when it read the clinic inbox successfully within {@code pdbot.health.max-poll-age-ms}
 * (counted from the start while it never has). Being connected is not enough: see {@link InboxPolls}.
 */
final class InboxHealthCheck extends AbstractHealthCheck {

    private final InboxPolls polls;
    private final Duration maxAge;
    private final Clock clock;
    private final BooleanSupplier readsInbox;

    /** @param readsInbox whether this instance reads the inbox now (false: another instance of a shared database does) */
    InboxHealthCheck(InboxPolls polls, Duration maxAge, Clock clock, BooleanSupplier readsInbox) {
        super("pdbot", "inbox");
        this.polls = polls;
        this.maxAge = maxAge;
        this.clock = clock;
        this.readsInbox = readsInbox;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (!readsInbox.getAsBoolean()) {
            builder.detail("inbox.reader", "another instance");
            builder.message("Standing by: another instance reads the clinic inbox").up();
            return;
        }
        Instant now = clock.instant();
        InboxPolls.State s = polls.state();
        Duration age = s.sinceLastSuccess(now);
        builder.detail("inbox.last.success", s.lastSuccessAt().map(Instant::toString).orElse("never"));
        builder.detail("inbox.seconds.since.success", age.toSeconds());
        builder.detail("inbox.max.age.seconds", maxAge.toSeconds());
        builder.detail("inbox.failures", s.failures());
        if (s.lastError() != null) {
            builder.detail("inbox.last.error", s.lastError());
        }
        if (age.compareTo(maxAge) <= 0) {
            builder.up();
            return;
        }
        builder.message(s.lastSuccessAt().isPresent()
                ? "The clinic inbox was last read " + age.toSeconds() + "s ago (allowed: " + maxAge.toSeconds() + "s)"
                        + (s.lastError() == null ? "" : ": " + s.lastError())
                : "The clinic inbox has not been read since pdbot started " + age.toSeconds() + "s ago"
                        + (s.lastError() == null ? "" : ": " + s.lastError()));
        builder.down();
    }
}
