package org.pdbot.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, sizes and counts as the findings say them. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final double MB = 1024d * 1024d;

    private Wording() {
    }

    /** "March 15, 2027". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "23.4 MB", "0.8 MB". */
    static String size(long bytes) {
        return megabytes(bytes / MB);
    }

    /** "20 MB", "7.5 MB". */
    static String megabytes(double mb) {
        String s = String.format(Locale.ROOT, "%.1f", mb);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " MB";
    }

    /** "1 day", "12 days". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
