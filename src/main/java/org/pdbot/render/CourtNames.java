package org.pdbot.render;

import java.util.regex.Pattern;

/** An immigration court's name in a sentence, in EOIR's form: "the New York – Varick Street Immigration Court". */
final class CourtNames {

    private static final Pattern ENDS_AS_COURT = Pattern.compile("(?i).*\\b(?:immigration\\s+)?court$");
    private static final Pattern CITY_DASH_STREET = Pattern.compile("\\s+[-–—]+\\s+|(?<=\\p{L})\\s*[–—]\\s*(?=\\p{L})");

    private CourtNames() {
    }

    /** Null when there is no court. */
    static String inProse(String court) {
        String c = Text.oneLine(court);
        if (c == null) {
            return null;
        }
        c = c.replaceFirst("(?i)^the\\s+", "").replaceFirst("(?i),?\\s+(?:EOIR|IC)$", "");
        c = CITY_DASH_STREET.matcher(c).replaceAll(" – ");
        if (!ENDS_AS_COURT.matcher(c).matches()) {
            c = c + " Immigration Court";
        } else if (!c.toLowerCase().contains("immigration")) {
            c = c.replaceFirst("(?i)\\s*court$", " Immigration Court");
        }
        return "the " + c;
    }
}
