package org.pdbot.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/**
 * Log injection: a subject or sender a stranger chose ends up in a log message or a key's value. Line breaks and
 * quotes in it must not start a forged line or a forged key (say, a fake "inbox.recovered" an alert would trust).
 */
class ForgedLogLineTest {

    private final LoggingEvent event;

    ForgedLogLineTest() {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        String subject = "Case\nts=2026-03-02T09:00:00.000Z level=INFO event=inbox.recovered msg=\"all good\"\r\u2028x";
        event = new LoggingEvent("test", context.getLogger("x"), Level.INFO, "Subject: {}", null, new Object[] {subject});
        event.addKeyValuePair(new KeyValuePair("subject", subject));
        event.addKeyValuePair(new KeyValuePair("evil key=\"x\"", "v"));
    }

    @Test
    void aLineBreakInAMessageOrValueCannotStartAForgedLogLine() {
        for (String format : new String[] {"logfmt", "json"}) {
            LogLayout layout = new LogLayout();
            layout.setFormat(format);
            String out = layout.doLayout(event);
            assertThat(out.indexOf('\n')).as(format).isEqualTo(out.length() - 1);
            assertThat(out).as(format).doesNotContain("\r").doesNotContain("\u2028");
        }
    }

    @Test
    void aQuoteInAValueCannotAddAKey() {
        LogLayout layout = new LogLayout();
        layout.setFormat("logfmt");
        String out = layout.doLayout(event);
        assertThat(out).contains("subject=\"Case\\nts=2026-03-02T09:00:00.000Z level=INFO event=inbox.recovered"
                + " msg=\\\"all good\\\"\\r\\u2028x\"");
        assertThat(keys(out)).containsExactly("ts", "level", "logger", "thread", "subject", "evil_key__x_", "msg");
    }

    /** The keys a logfmt reader finds: key=value or key="value with \" escapes", separated by spaces. */
    private static java.util.List<String> keys(String line) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        int i = 0;
        String s = line.strip();
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            keys.add(s.substring(i, eq));
            i = eq + 1;
            if (i < s.length() && s.charAt(i) == '"') {
                i++;
                while (s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                while (i < s.length() && s.charAt(i) != ' ') {
                    i++;
                }
            }
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        return keys;
    }
}
