package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client's name as a letter uses it, never reordered: the name as filed ("MENDOZA RUIZ, Carlos"), the name in
 * prose in its natural order and normal capitals ("Carlos Mendoza Ruiz"), and a short form for later mentions
 * ("Mr. Mendoza Ruiz" when the case gives an honorific, else "Mendoza Ruiz").
 *
 * <p>Separate family and given names win. A name written "SURNAME, Given" is honoured, and so are words written in
 * capitals in "Carlos MENDOZA RUIZ". Only for a plain name does pdbot split by default: a family name begins at a
 * particle (de, de la, del, van, von, bin, ibn, al …), a Spanish or Portuguese name of three or four words has two
 * family names, otherwise the last word is the family name. A default split is {@link #assumed()}: the draft shows
 * it for the attorney to confirm. A single name is a single name.
 */
public record ClientName(String prose, String familyName, String givenNames, boolean assumed) {

    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "di", "da", "das", "do", "dos", "du",
            "la", "le", "van", "von", "der", "den", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "ben",
            "y", "st.", "mac", "zu", "af", "av");
    /** Countries whose names usually carry two family names (father's, then mother's). */
    private static final Set<String> TWO_SURNAME_COUNTRIES = Set.of("mexico", "méxico", "guatemala", "honduras",
            "el salvador", "nicaragua", "costa rica", "panama", "panamá", "colombia", "venezuela", "ecuador", "peru",
            "perú", "bolivia", "chile", "argentina", "uruguay", "paraguay", "cuba", "dominican republic",
            "puerto rico", "spain", "españa", "brazil", "brasil", "portugal", "angola", "mozambique");
    /** Given names often written second ("Juan Pablo", "María José"), so that a third word is still one surname. */
    private static final Set<String> SECOND_GIVEN_NAMES = Set.of("maria", "maría", "jose", "josé", "juan", "pablo",
            "luis", "carlos", "elena", "isabel", "antonio", "manuel", "miguel", "angel", "ángel", "alejandro",
            "fernanda", "guadalupe", "lourdes", "teresa", "del carmen", "carmen", "rosa", "luisa", "andrea", "ana",
            "francisco", "javier", "eduardo", "alberto", "enrique", "fernando", "david", "daniel", "jesus", "jesús",
            "gabriela", "alejandra", "patricia", "beatriz", "cristina", "victoria", "sofia", "sofía", "jose luis",
            "mercedes", "dolores", "concepcion", "concepción", "pilar", "de jesus", "esperanza", "inés", "ines");

    /** How {@code c} names the client; {@code prose} is null when the case gives no name at all. */
    public static ClientName of(CaseFile c) {
        NameParts parts = c.details().names();
        if (parts.familyName() != null || parts.givenNames() != null) {
            String family = clean(parts.familyName());
            String given = clean(parts.givenNames());
            String prose = join(normalCase(given), normalCase(family));
            return new ClientName(prose, family, given, false);
        }
        return parse(c.name(), c.country());
    }

    /** Reads a plain {@code name}; {@code country} (may be null) decides whether two family names are usual. */
    public static ClientName parse(String name, String country) {
        String n = clean(name);
        if (n == null) {
            return new ClientName(null, null, null, false);
        }
        int comma = n.indexOf(',');
        if (comma > 0 && comma < n.length() - 1) {
            String family = n.substring(0, comma).strip();
            String given = clean(n.substring(comma + 1));
            return new ClientName(join(normalCase(given), normalCase(family)), family, given, false);
        }
        String[] words = n.split(" ");
        if (words.length == 1) {
            return new ClientName(normalCase(n), n, null, false);
        }
        int capitals = firstOfTrailingCapitals(words);
        if (capitals > 0) {
            String family = String.join(" ", Arrays.copyOfRange(words, capitals, words.length));
            String given = String.join(" ", Arrays.copyOfRange(words, 0, capitals));
            return new ClientName(join(given, normalCase(family)), family, given, false);
        }
        int start = familyStart(words, country);
        return new ClientName(normalCase(n), String.join(" ", Arrays.copyOfRange(words, start, words.length)),
                String.join(" ", Arrays.copyOfRange(words, 0, start)), true);
    }

    /** "MENDOZA RUIZ, Carlos", or the single name in capitals. */
    public String filedAs() {
        if (familyName == null) {
            return prose;
        }
        String family = familyName.toUpperCase(Locale.ROOT);
        return givenNames == null ? family : family + ", " + givenNames;
    }

    /** "Mr. Mendoza Ruiz" with an honorific, else the family name in normal capitals (or the single name). */
    public String shortForm(String honorific) {
        String family = familyName == null ? prose : normalCase(familyName);
        String h = clean(honorific);
        if (h == null) {
            return capitaliseFirst(family);
        }
        if (!h.endsWith(".") && Set.of("mr", "ms", "mrs", "dr", "mx").contains(h.toLowerCase(Locale.ROOT))) {
            h = h + ".";
        }
        return h + " " + family;
    }

    /**
     * The honorific the clinic's own text uses for this client ("Mr. Mendoza has lived …"), when it uses exactly one
     * kind; null otherwise. The case gave it, so the letter may use it; pdbot never picks one itself.
     */
    public String honorificIn(String text) {
        if (text == null || familyName == null) {
            return null;
        }
        String first = normalCase(familyName).split(" ")[0];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\b(Mr|Ms|Mrs|Mx|Dr)\\.?\\s+" + java.util.regex.Pattern.quote(first) + "\\b").matcher(text);
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group(1))) {
                return null;
            }
            found = m.group(1);
        }
        return found == null ? null : found + ".";
    }

    /** Index of the first of the words in capitals that end the name ("Carlos MENDOZA RUIZ" → 1), or -1. */
    private static int firstOfTrailingCapitals(String[] words) {
        int first = -1;
        for (int i = words.length - 1; i > 0; i--) {
            if (isCapitals(words[i])) {
                first = i;
            } else if (!(first > 0 && PARTICLES.contains(words[i].toLowerCase(Locale.ROOT)))) {
                break;
            }
        }
        if (first <= 0 || isCapitals(words[0])) {
            return -1;
        }
        return first;
    }

    private static int familyStart(String[] words, String country) {
        for (int i = 1; i < words.length; i++) {
            if (PARTICLES.contains(words[i].toLowerCase(Locale.ROOT)) && i < words.length - 1) {
                // "Juan Pablo de la Cruz", "Ludwig van Beethoven"; but "Ana María del Carmen Ruiz" keeps del Carmen
                String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length)).toLowerCase(Locale.ROOT);
                if (!SECOND_GIVEN_NAMES.contains(rest.replaceFirst("\\s+\\S+$", ""))
                        || i + 2 >= words.length) {
                    return i;
                }
            }
        }
        boolean twoSurnames = country != null && TWO_SURNAME_COUNTRIES.contains(country.strip().toLowerCase(Locale.ROOT));
        if (twoSurnames && words.length == 4) {
            return 2;
        }
        if (twoSurnames && words.length == 3 && !SECOND_GIVEN_NAMES.contains(letters(words[1]))) {
            return 1;
        }
        return words.length - 1;
    }

    /**
     * A name in normal capitals: "GUTIÉRREZ DE LA CRUZ" → "Gutiérrez de la Cruz", "O'BRIEN" → "O'Brien";
     * a name already in mixed case is left as written.
     */
    static String normalCase(String family) {
        if (family == null || !isCapitals(family.replace(" ", ""))) {
            return family;
        }
        List<String> out = new ArrayList<>();
        String[] words = family.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            out.add(i > 0 && PARTICLES.contains(w) && i < words.length - 1 ? w : capitaliseParts(w));
        }
        return String.join(" ", out);
    }

    /** The word's leading letters, lower case: "Elena," → "elena". */
    private static String letters(String word) {
        return word.replaceFirst("[^\\p{L}].*$", "").toLowerCase(Locale.ROOT);
    }

    private static String capitaliseParts(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            b.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == '-' || ch == '\'' || ch == '’';
        }
        return b.toString();
    }

    private static String capitaliseFirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isCapitals(String w) {
        return w.codePoints().filter(Character::isLetter).count() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    private static String join(String given, String family) {
        if (given == null) {
            return family;
        }
        return family == null ? given : given + " " + family;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String out = s.replaceAll("\\s+", " ").strip();
        return out.isEmpty() ? null : out;
    }
}
