package org.pdbot.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and hearings as people write them in US practice: {@code 04/02/1988}, {@code April 2, 1988},
 * {@code Apr. 2, 1988}, {@code 2 April 1988}, {@code 1988-04-02}. Numeric dates are month first.
 */
final class CaseDates {

    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\.?,?\\s+)?";
    private static final String MONTH = "([a-z]{3,9})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    private enum Form {
        ISO("(\\d{4})-(\\d{1,2})-(\\d{1,2})", 1, 2, 3),
        US_NUMERIC("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})", 3, 1, 2),
        MONTH_FIRST(MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})", 3, 1, 2),
        DAY_FIRST(DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})", 3, 2, 1);

        final Pattern pattern;
        final int year;
        final int month;
        final int day;

        Form(String regex, int year, int month, int day) {
            this.pattern = Pattern.compile("(?<![\\w/.-])" + WEEKDAY + regex + "(?![\\w/-])", Pattern.CASE_INSENSITIVE);
            this.year = year;
            this.month = month;
            this.day = day;
        }
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private static final Pattern TIME_12H = Pattern.compile(
            "^(?:at|@)?\\s*(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s*m\\.?(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_24H = Pattern.compile("^(?:at|@)?\\s*(\\d{1,2}):(\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_ZONE = Pattern.compile(
            "^\\(?(?:[ECMP][SD]?T|local(?:\\s+time)?)\\)?(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final String SEPARATORS = "[\\s,;:()\\[\\]@–—-]+";

    private CaseDates() {
    }

    /** The date {@code text} holds and nothing else; empty when it is not one of the forms above or not a real day. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replaceFirst("\\.$", "");
        for (Form form : Form.values()) {
            Matcher m = form.pattern.matcher(s);
            if (m.matches()) {
                return toDate(form, m);
            }
        }
        return Optional.empty();
    }

    /**
     * A hearing: a date, then optionally a time ({@code 9:00 AM}, {@code 08:30}) and the kind of hearing
     * ("master calendar", "(Individual hearing)"). Kinds are read as MASTER, INDIVIDUAL or BOND where they
     * say so, otherwise kept as written. Empty when there is no date.
     */
    public static Optional<Hearing> parseHearing(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher date = firstDate(text);
        if (date == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = toDate(formOf(date), date);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        String rest = text.substring(date.end()).replaceFirst("^" + SEPARATORS, "");
        LocalTime time = null;
        Matcher t = TIME_12H.matcher(rest);
        if (t.find()) {
            time = time12(t);
        } else {
            t = TIME_24H.matcher(rest);
            if (t.find()) {
                time = time24(t);
            }
        }
        if (time != null) {
            rest = rest.substring(t.end()).replaceFirst("^" + SEPARATORS, "");
            rest = TIME_ZONE.matcher(rest).replaceFirst("");
        }
        String before = text.substring(0, date.start()).replaceFirst("(?i)\\s*\\b(?:on|at)\\s*$", "");
        String type = hearingType(before + " " + rest);
        return Optional.of(new Hearing(day.get(), time, type));
    }

    /** Where a date stands in a longer text. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first real date written anywhere in {@code text} ("approved 05/01/2024, filed by …"), if any. */
    public static Optional<Found> findDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = firstDate(text);
        if (m == null) {
            return Optional.empty();
        }
        return toDate(formOf(m), m).map(d -> new Found(d, m.start(), m.end()));
    }

    /** MASTER, INDIVIDUAL or BOND when the words say so; otherwise the words, trimmed; null when there are none. */
    static String hearingType(String words) {
        String s = words == null ? "" : words.replaceAll("^" + SEPARATORS, "").replaceAll(SEPARATORS + "$", "")
                .replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("master") || lower.equals("mch")) {
            return "MASTER";
        }
        if (lower.contains("individual") || lower.contains("merits")) {
            return "INDIVIDUAL";
        }
        if (lower.contains("bond")) {
            return "BOND";
        }
        return s;
    }

    private static Matcher firstDate(String text) {
        Matcher first = null;
        for (Form form : Form.values()) {
            Matcher m = form.pattern.matcher(text);
            while (m.find()) {
                if (toDate(form, m).isPresent()) {
                    if (first == null || m.start() < first.start()) {
                        first = m;
                    }
                    break;
                }
            }
        }
        return first;
    }

    private static Form formOf(Matcher m) {
        for (Form form : Form.values()) {
            if (form.pattern == m.pattern()) {
                return form;
            }
        }
        throw new IllegalStateException("unknown date form");
    }

    private static Optional<LocalDate> toDate(Form form, Matcher m) {
        int month = monthOf(m.group(form.month));
        if (month == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(form.year)), month,
                    Integer.parseInt(m.group(form.day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int monthOf(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int index = MONTHS.indexOf(lower.substring(0, 3));
        if (index < 0) {
            return 0;
        }
        String full = Month.of(index + 1).name().toLowerCase(Locale.ROOT);
        boolean abbreviation = lower.length() <= 4 && full.startsWith(lower);
        return abbreviation || full.equals(lower) ? index + 1 : 0;
    }

    private static LocalTime time12(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group(3).equalsIgnoreCase("p");
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    private static LocalTime time24(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }
}
