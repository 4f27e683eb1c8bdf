package org.pdbot.render;

import org.pdbot.casefile.Hearing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as a letter writes them: "November 3, 1979"; "May 20, 2027, at 1:00 p.m., individual hearing".
 * Numeric dates inside free text ("03/04/2009", "2009-03-04") are written out too, month first as intake reads
 * them; anything that is not a real day is left as written.
 */
final class WrittenDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Pattern ISO = Pattern.compile("(?<![\\w/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\w/-]|\\.\\d)");
    private static final Pattern US = Pattern.compile("(?<![\\w/.-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)");

    private WrittenDates() {
    }

    static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** "1:00 p.m."; "noon" is still "12:00 p.m." so that the form never surprises a reader. */
    static String time(LocalTime t) {
        if (t == null) {
            return null;
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + ":" + "%02d".formatted(t.getMinute()) + (t.getHour() < 12 ? " a.m." : " p.m.");
    }

    /** "master calendar hearing", "individual hearing", "bond hearing", or the kind as written. */
    static String hearingKind(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.strip().toUpperCase(Locale.ROOT)) {
            case "MASTER", "MASTER CALENDAR" -> "master calendar hearing";
            case "INDIVIDUAL" -> "individual hearing";
            case "BOND" -> "bond hearing";
            default -> {
                String t = type.toLowerCase(Locale.ROOT).strip();
                yield t.contains("hearing") ? t : t + " hearing";
            }
        };
    }

    /** "May 20, 2027, at 1:00 p.m., individual hearing". */
    static String hearing(Hearing h) {
        StringBuilder b = new StringBuilder(date(h.date()));
        if (h.time() != null) {
            b.append(", at ").append(time(h.time()));
        }
        if (h.type() != null) {
            b.append(", ").append(hearingKind(h.type()));
        }
        return b.toString();
    }

    /** {@code text} with every numeric date that is a real day written out. */
    static String inText(String text) {
        if (text == null || text.indexOf('/') < 0 && text.indexOf('-') < 0) {
            return text;
        }
        String out = replace(ISO.matcher(text), 1, 2, 3);
        return replace(US.matcher(out), 3, 1, 2);
    }

    private static String replace(Matcher m, int year, int month, int day) {
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String written = written(m.group(year), m.group(month), m.group(day));
            m.appendReplacement(b, Matcher.quoteReplacement(written == null ? m.group() : written));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String written(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            // two-digit years in case notes are past dates: 09 is 2009, 85 is 1985
            year += year <= LocalDate.now().getYear() % 100 + 1 ? 2000 : 1900;
        }
        try {
            return date(LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
