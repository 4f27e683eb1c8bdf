package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** The documented log line: one line per event, key=value (or JSON), event keys, A-numbers masked. */
class LogLayoutTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("org.pdbot.intake.IntakeProcessor");

    private String line(String format, LoggingEvent event) {
        LogLayout layout = new LogLayout();
        layout.setFormat(format);
        layout.setZone("UTC");
        return layout.doLayout(event);
    }

    private LoggingEvent event(Level level, String message, Throwable t, Object... args) {
        LoggingEvent e = new LoggingEvent("test", logger, level, message, t, args);
        e.setTimeStamp(1_772_442_000_123L);
        e.setThreadName("Camel (pdbot) thread #4 - imap://mail");
        return e;
    }

    @Test
    void aLineHasTimeLevelLoggerThreadTheEventKeysAndTheMessage() {
        LoggingEvent e = event(Level.INFO, "Intake #{} done: {}", null, 12, "SUBMITTED");
        e.addKeyValuePair(new KeyValuePair("event", "intake.done"));
        e.addKeyValuePair(new KeyValuePair("ms", 345));

        assertThat(line("logfmt", e)).isEqualTo("ts=2026-03-02T09:00:00.123Z level=INFO"
                + " logger=org.pdbot.intake.IntakeProcessor thread=\"Camel (pdbot) thread #4 - imap://mail\""
                + " event=intake.done ms=345 msg=\"Intake #12 done: SUBMITTED\"\n");
    }

    @Test
    void anExceptionStaysOnTheSameLine() {
        Exception error = new IllegalStateException("folder\nmissing", new IOException("Connection refused"));

        String out = line("logfmt", event(Level.WARN, "Could not read the inbox", error));

        assertThat(out).endsWith("\n").doesNotContain("\r");
        assertThat(out.indexOf('\n')).isEqualTo(out.length() - 1);
        assertThat(out).contains("error=\"java.lang.IllegalStateException: folder\\nmissing <- java.io.IOException:"
                + " Connection refused\"").contains("stack=\"at org.pdbot.observe.LogLayoutTest");
    }

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        LoggingEvent e = event(Level.WARN, "said \"no\"\tto {}", null, "intake@clinic.test");
        e.addKeyValuePair(new KeyValuePair("event", "inbox.poll_failed"));

        String out = line("json", e);

        assertThat(out.indexOf('\n')).isEqualTo(out.length() - 1);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("ts").asText()).isEqualTo("2026-03-02T09:00:00.123Z");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("event").asText()).isEqualTo("inbox.poll_failed");
        assertThat(json.get("msg").asText()).isEqualTo("said \"no\"\tto intake@clinic.test");
    }

    @Test
    void aFullANumberIsMaskedWhateverItsSpelling() {
        for (String written : List.of("A201555123", "A201-555-123", "A# 201-555-123", "a 201 555 123", "201-555-123",
                "201555123", "A20155512")) {
            assertThat(LogLayout.mask("case " + written + " queued")).as(written)
                    .isEqualTo("case A###-###-#" + written.replaceAll("\\D", "").substring(written.replaceAll("\\D", "").length() - 2)
                            + " queued");
        }
        assertThat(LogLayout.mask("case A###-###-#23 queued")).isEqualTo("case A###-###-#23 queued");
        assertThat(LogLayout.mask("Intake #12, request #3, port 46837, 1772442000123 ms, id 2026-03-02"))
                .isEqualTo("Intake #12, request #3, port 46837, 1772442000123 ms, id 2026-03-02");
        assertThat(line("logfmt", event(Level.INFO, "Intake #{} ({})", null, 7, "A201555123"))).contains("(A###-###-#23)")
                .doesNotContain("201555123");
    }

    @Test
    void pdbotsLogbackConfigurationLoadsWithoutErrorsAndUsesTheLayout() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Status> errors = running.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() >= Status.ERROR).toList();
        assertThat(errors).isEmpty();
        var appender = (ConsoleAppender<?>) running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        assertThat(((LayoutWrappingEncoder<?>) appender.getEncoder()).getLayout()).isInstanceOf(LogLayout.class);
    }
}
