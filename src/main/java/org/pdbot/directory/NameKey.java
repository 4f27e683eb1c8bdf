package org.pdbot.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a court, facility or office name to a comparison key: "the Stewart Immigration Court, GA" and
 * "STEWART" both become "stewart", "Varick St." and "Varick Street" both "varick street". It only removes
 * noise that never tells two places apart (case, accents, dashes, punctuation, a trailing ", GA", the kind of
 * place) and writes out abbreviations; it never guesses at misspellings.
 */
final class NameKey {

    /** Abbreviations written out wherever they stand. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ft", "fort"), Map.entry("mt", "mount"), Map.entry("rd", "road"),
            Map.entry("blvd", "boulevard"), Map.entry("bvd", "boulevard"), Map.entry("ave", "avenue"),
            Map.entry("av", "avenue"), Map.entry("hwy", "highway"), Map.entry("pkwy", "parkway"),
            Map.entry("ctr", "center"), Map.entry("cntr", "center"), Map.entry("centre", "center"),
            Map.entry("det", "detention"), Map.entry("proc", "processing"), Map.entry("corr", "correctional"),
            Map.entry("fac", "facility"), Map.entry("facil", "facility"), Map.entry("cty", "county"),
            Map.entry("cnty", "county"), Map.entry("svc", "service"), Map.entry("cplx", "complex"),
            Map.entry("spc", "service processing center"), Map.entry("ipc", "ice processing center"),
            Map.entry("cdf", "contract detention facility"), Map.entry("fdf", "federal detention facility"),
            Map.entry("pc", "processing center"), Map.entry("sq", "square"), Map.entry("pl", "place"));

    /** Abbreviations that mean a word only after the first word: "Dr." in "Ted Turner Dr.", "Co." in "Hancock Co.". */
    private static final Map<String, String> LATER_WORDS = Map.of(
            "dr", "drive", "co", "county", "st", "street");

    /** Directions written as one letter before a name: "N. Los Angeles Street", "S. Gessner Road". */
    private static final Map<String, String> DIRECTIONS = Map.of("n", "north", "s", "south", "e", "east", "w", "west");

    /** Endings that name the kind of place, not the place; removed from the end, longest first. */
    private static final List<String> KIND_ENDINGS = List.of(
            "contract detention facility", "contract detention center", "service processing center",
            "ice processing center", "immigration processing center", "immigration court", "detention facility",
            "detention center", "processing center", "processing facility", "correctional center",
            "correctional facility", "detained").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(ending -> " " + ending)
            .toList();

    private static final List<String> PREFIXES = List.of("the ", "ice opla ", "opla ");

    private static final Set<String> LEADING_SAINT = Set.of("st");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The key for a name; "" for null or blank. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = withoutTrailingState(name);
        s = expand(plain(s));
        s = withoutPrefixes(s);
        return withoutKindEndings(s);
    }

    /**
     * Case, accents, apostrophes, dots and punctuation only: "Hagåtña" → "hagatna", "U.S." → "us",
     * "Mid-Hudson" → "mid hudson". Abbreviations stay as written.
     */
    static String plain(String name) {
        if (name == null) {
            return "";
        }
        if (name.chars().allMatch(c -> c < 128)) {
            return plainAscii(name);
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace("'", "")
                .replace("’", "")
                .replace("ʻ", "")
                .replace("&", " and ");
        return NOT_ALNUM.matcher(s).replaceAll(" ").trim();
    }

    /** The same as the general path for plain ASCII, in one pass: most names are ASCII. */
    private static String plainAscii(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean space = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '\'') {
                continue;
            }
            if (c == '&') {
                if (!space) {
                    out.append(' ');
                }
                out.append("and ");
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The words of a plain name with abbreviations written out. */
    static String expand(String plain) {
        if (plain.isEmpty()) {
            return plain;
        }
        String[] words = plain.split(" ");
        List<String> out = new ArrayList<>(words.length + 2);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean first = i == 0;
            boolean last = i == words.length - 1;
            if (first && !last && LEADING_SAINT.contains(w)) {
                out.add("saint");
            } else if (w.equals("ste")) {
                out.add("sainte");
            } else if (WORDS.containsKey(w)) {
                out.add(WORDS.get(w));
            } else if (!first && LATER_WORDS.containsKey(w)) {
                out.add(LATER_WORDS.get(w));
            } else if (!last && DIRECTIONS.containsKey(w)) {
                out.add(DIRECTIONS.get(w));
            } else if (w.equals("dc") && !first && !words[i - 1].equals("washington")) {
                out.add("detention center");
            } else {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    private static String withoutTrailingState(String s) {
        int comma = s.lastIndexOf(',');
        return comma > 0 && States.code(s.substring(comma + 1)) != null && !plain(s.substring(0, comma)).isEmpty()
                ? s.substring(0, comma) : s;
    }

    private static String withoutPrefixes(String s) {
        for (String prefix : PREFIXES) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }

    /**
     * Drops the kind of place from the end. After a county or parish the kind is kept as "facility": "Orange
     * County Correctional Facility" is a jail, not Orange County, and "Calhoun County Correctional Center"
     * still equals "Calhoun County Correctional Facility".
     */
    private static String withoutKindEndings(String s) {
        boolean stripped = true;
        boolean any = false;
        while (stripped) {
            stripped = false;
            for (String ending : KIND_ENDINGS) {
                if (s.endsWith(ending)) {
                    s = s.substring(0, s.length() - ending.length());
                    stripped = true;
                    any = true;
                    break;
                }
            }
        }
        return any && (s.endsWith(" county") || s.endsWith(" parish")) ? s + " facility" : s;
    }
}
