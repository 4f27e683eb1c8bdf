package org.pdbot.directory;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a court, facility or office name to a comparison key: "the Stewart Immigration Court, GA" and
 * "STEWART" both become "stewart". It only removes noise that never tells two offices apart; it never
 * guesses at misspellings.
 */
final class NameKey {

    /** Endings that name the kind of place, not the place. Longest first, so the longest one wins. */
    private static final List<String> SUFFIXES = List.of(
            "contract detention facility", "service processing center", "ice processing center",
            "immigration court", "processing center", "detention facility", "detention center",
            "spc", "cdf", "ipc").stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private static final List<String> PREFIXES = List.of("the ", "ice opla ", "opla ");

    private static final Set<String> STATES = Set.of(
            "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia",
            "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm",
            "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa",
            "wv", "wi", "wy", "pr", "vi", "gu", "mp",
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
            "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico");

    private static final Pattern TRAILING_STATE = Pattern.compile(",\\s*([a-z ]+?)\\s*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key for a name; "" for null or blank. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace("'", "")
                .replace("’", "")
                .replace("&", " and ");
        s = withoutTrailingState(s);
        s = NOT_ALNUM.matcher(s).replaceAll(" ").trim();
        s = (" " + s + " ").replace(" street ", " st ").replace(" ft ", " fort ").trim();
        s = withoutPrefixes(s);
        return withoutSuffixes(s);
    }

    private static String withoutTrailingState(String s) {
        Matcher m = TRAILING_STATE.matcher(s);
        return m.find() && STATES.contains(m.group(1)) ? s.substring(0, m.start()) : s;
    }

    private static String withoutPrefixes(String s) {
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }

    private static String withoutSuffixes(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(" " + suffix)) {
                    s = s.substring(0, s.length() - suffix.length() - 1);
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }
}
