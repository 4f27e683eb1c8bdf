package org.pdbot.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the clinic inbox was really read. Camel's mail consumer does not throw for every failure: when
 * the folder cannot be opened it logs, disconnects and reports an empty poll, and an error while fetching goes
 * to the consumer's exception handler while the poll still "succeeds". So a poll counts as successful only when
 * it returned normally, nothing went to the exception handler during it, and the consumer is still connected
 * afterwards. Bound as {@link #BEAN_NAME}; the intake endpoint names it as its poll strategy and exception handler.
 */
public final class InboxPolls implements PollingConsumerPollStrategy, ExceptionHandler {

    public static final String BEAN_NAME = "inboxPolls";

    /** Appended to the IMAP endpoint URI. */
    public static final String URI_OPTIONS = "&pollStrategy=#" + BEAN_NAME + "&exceptionHandler=#" + BEAN_NAME;

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
    // polls of one consumer never overlap: these belong to the poll under way
    private volatile boolean inPoll;
    private volatile String errorInPoll;

    public InboxPolls(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public State state() {
        return new State(startedAt, lastSuccess, failingSince, lastError, successes.get(), failures.get());
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        errorInPoll = null;
        inPoll = true;
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        inPoll = false;
        String error = errorInPoll;
        if (error == null && MailConsumerState.disconnected(consumer)) {
            error = "the mail folder could not be opened (the server closed the connection or refused the folder)";
        }
        if (error != null) {
            failed(error);
        } else {
            succeeded();
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        inPoll = false;
        failed(describe(cause));
        return false;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        // during a poll: the poll failed although it returns normally. After a rollback the consumer reports the
        // same error here once more; rollback counted and logged it already.
        if (inPoll) {
            errorInPoll = describe(exception);
        }
        log.debug("Mail consumer error{}: {}", inPoll ? " during a poll" : "", message, exception);
    }

    private void succeeded() {
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
