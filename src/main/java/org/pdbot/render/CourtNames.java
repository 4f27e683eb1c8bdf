package org.pdbot.render;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An immigration court's name in a sentence, in EOIR's form: "the New York – Varick Street Immigration Court". The
 * court as the clinic wrote it is looked up among EOIR's names (the directory's reference data) where it names one
 * court; otherwise it is written as given, with "Immigration Court" after it.
 */
public final class CourtNames {

    private static final Pattern ENDS_AS_COURT = Pattern.compile("(?i).*\\b(?:immigration\\s+)?court$");
    private static final Pattern CITY_DASH_STREET = Pattern.compile("\\s+[-–—]+\\s+|(?<=\\p{L})\\s*[–—]\\s*(?=\\p{L})");

    private final Function<String, Optional<String>> eoirName;

    /** {@code eoirName}: EOIR's name of the court a value names, or empty. */
    public CourtNames(Function<String, Optional<String>> eoirName) {
        this.eoirName = eoirName;
    }

    /** Courts written as the clinic wrote them. */
    public static CourtNames asWritten() {
        return new CourtNames(court -> Optional.empty());
    }

    /** Null when there is no court. */
    String inProse(String court) {
        String written = Text.oneLine(court);
        if (written == null) {
            return null;
        }
        String c = eoirName.apply(written).orElse(written);
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
