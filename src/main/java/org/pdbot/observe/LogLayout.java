package org.pdbot.observe;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.event.KeyValuePair;

/**
 * pdbot's log line: one line per event, as {@code key=value} pairs (format {@code logfmt}, the default) or as one
 * JSON object (format {@code json}): {@code ts level logger thread}, then the event's own keys
 * ({@code event=inbox.poll_failed ...}), then {@code msg}, and {@code error}/{@code stack} when an exception came
 * with it. Line breaks inside a value are escaped, so no value can start a line of its own. Anything that looks
 * like a full A-number is masked here too, should a message ever carry one (the code logs them masked already).
 * Documented in README.md, "Logs".
 */
public final class LogLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    // A-prefixed 7 to 9 digits with optional separators, a dashed 3-3-3 group, or 9 digits standing alone
    private static final Pattern A_NUMBER = Pattern.compile(
            "(?i)(?<![\\w#])A[#:\\s-]{0,3}((?:\\d[\\s.-]?){6,8}\\d)(?!\\d)|(?<![\\w-])(\\d{3}-\\d{3}-\\d{3}|\\d{9})(?![\\w-])");

    private boolean json;
    private ZoneId zone = ZoneId.systemDefault();

    /** {@code logfmt} (default) or {@code json}. */
    public void setFormat(String format) {
        this.json = "json".equalsIgnoreCase(format == null ? "" : format.strip());
    }

    /** The zone of {@code ts}; the machine's by default. */
    public void setZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"ts", TS.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone))});
        fields.add(new String[] {"level", event.getLevel().toString()});
        fields.add(new String[] {"logger", event.getLoggerName()});
        fields.add(new String[] {"thread", event.getThreadName()});
        List<KeyValuePair> kvs = event.getKeyValuePairs();
        if (kvs != null) {
            for (KeyValuePair kv : kvs) {
                fields.add(new String[] {key(kv.key), mask(String.valueOf(kv.value))});
            }
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach((k, v) -> fields.add(new String[] {key(k), mask(v)}));
        }
        fields.add(new String[] {"msg", mask(event.getFormattedMessage())});
        IThrowableProxy t = event.getThrowableProxy();
        if (t != null) {
            fields.add(new String[] {"error", mask(errorChain(t))});
            fields.add(new String[] {"stack", mask(stack(t))});
        }
        return (json ? json(fields) : logfmt(fields)) + "\n";
    }

    /** Masks whatever looks like a full A-number: {@code A###-###-#78}. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        return A_NUMBER.matcher(text).replaceAll(m -> {
            String digits = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\D", "");
            return "A###-###-#" + digits.substring(digits.length() - 2);
        });
    }

    private static String logfmt(List<String[]> fields) {
        StringBuilder sb = new StringBuilder();
        for (String[] f : fields) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(f[0]).append('=');
            String v = f[1] == null ? "" : f[1];
            if (!v.isEmpty() && v.chars().allMatch(c -> c > ' ' && c != '"' && c != '=' && c != '\\' && c != 0x7f)) {
                sb.append(v);
            } else {
                sb.append('"').append(escape(v)).append('"');
            }
        }
        return sb.toString();
    }

    private static String json(List<String[]> fields) {
        StringBuilder sb = new StringBuilder("{");
        for (String[] f : fields) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(escape(f[0])).append("\":\"").append(escape(f[1] == null ? "" : f[1])).append('"');
        }
        return sb.append('}').toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < ' ' || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String key(String k) {
        String clean = k == null ? "" : k.replaceAll("[^A-Za-z0-9_.-]", "_");
        return clean.isEmpty() ? "_" : clean;
    }

    private static String errorChain(IThrowableProxy t) {
        StringBuilder sb = new StringBuilder();
        for (IThrowableProxy p = t; p != null && sb.length() < 2000; p = p.getCause()) {
            sb.append(sb.isEmpty() ? "" : " <- ").append(p.getClassName());
            if (p.getMessage() != null) {
                sb.append(": ").append(p.getMessage());
            }
        }
        return sb.toString();
    }

    private static String stack(IThrowableProxy t) {
        StringBuilder sb = new StringBuilder();
        for (IThrowableProxy p = t; p != null; p = p.getCause()) {
            if (p != t) {
                sb.append("Caused by: ").append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
            }
            StackTraceElementProxy[] frames = p.getStackTraceElementProxyArray();
            int shown = Math.min(frames.length, 12);
            for (int i = 0; i < shown; i++) {
                sb.append("at ").append(frames[i].getStackTraceElement()).append('\n');
            }
            if (frames.length > shown) {
                sb.append("... ").append(frames.length - shown).append(" more\n");
            }
        }
        return sb.toString().strip();
    }
}
