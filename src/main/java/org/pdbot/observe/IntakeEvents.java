package org.pdbot.observe;

import java.time.Duration;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.pdbot.intake.IntakeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and times every intake: for the drop folder without touching its route, when an exchange of
 * {@code intake-folder} starts and ends (its body then being the {@link IntakeResult}); for the inbox, whose
 * drains handle a batch per exchange, as the drain reports each mail ({@link #done}, {@link #failed}).
 * One structured log line per intake ({@code event=intake.done}).
 */
final class IntakeEvents extends EventNotifierSupport {

    private static final Logger log = LoggerFactory.getLogger(IntakeEvents.class);
    private static final String STARTED = "pdbot.intakeStartedNanos";

    private final Metrics metrics;

    IntakeEvents(Metrics metrics) {
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof CamelEvent.ExchangeEvent e)) {
            return;
        }
        Exchange exchange = e.getExchange();
        String source = source(exchange.getFromRouteId());
        if (source == null) {
            return;
        }
        if (event instanceof CamelEvent.ExchangeCreatedEvent) {
            exchange.setProperty(STARTED, System.nanoTime());
        } else if (event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent) {
            Long started = exchange.getProperty(STARTED, Long.class);
            Duration took = Duration.ofNanos(started == null ? 0 : System.nanoTime() - started);
            Object body = exchange.getMessage().getBody();
            if (!exchange.isFailed() && body instanceof IntakeResult r) {
                done(source, r, took);
            } else {
                failed(source, exchange.getException(), took);
            }
        }
    }

    void done(String source, IntakeResult r, Duration took) {
        metrics.intake(source, r.outcome().name(), took);
        log.atInfo().addKeyValue("event", "intake.done").addKeyValue("intake", r.intakeId())
                .addKeyValue("source", source).addKeyValue("outcome", r.outcome().name())
                .addKeyValue("ms", took.toMillis()).log("Intake #{} done: {}", r.intakeId(), r.outcome());
    }

    void failed(String source, Throwable error, Duration took) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.pdbot.store.FencedOut) {
                // leadership moved on mid-intake: nothing was recorded, and the new leader takes the mail
                log.atInfo().addKeyValue("event", "intake.handed_over").addKeyValue("source", source)
                        .log("An intake is left to the instance that leads now: {}", t.getMessage());
                return;
            }
        }
        metrics.intake(source, "ERROR", took);
        log.atWarn().addKeyValue("event", "intake.failed").addKeyValue("source", source)
                .addKeyValue("ms", took.toMillis()).setCause(error).log("An intake from the {} failed: {}",
                        source.equals("mail") ? "inbox" : "drop folder",
                        error == null ? "no result" : InboxPolls.describe(error));
    }

    private static String source(String routeId) {
        if (routeId == null) {
            return null;
        }
        return switch (routeId.toLowerCase(Locale.ROOT)) {
            case "intake-folder" -> "folder";
            default -> null;
        };
    }
}
