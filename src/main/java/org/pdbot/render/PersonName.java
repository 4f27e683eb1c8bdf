package org.pdbot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A respondent's name split into surname and given names, as OPLA subjects want it ("LOPEZ, Maria").
 * "Lopez, Maria" is read as surname first; words written in capitals are the surname ("Maria LOPEZ GARCIA");
 * otherwise the last word is the surname.
 */
record PersonName(String surname, String givenNames) {

    static PersonName parse(String name) {
        String n = Text.oneLine(name);
        if (n == null) {
            return new PersonName(null, null);
        }
        int comma = n.indexOf(',');
        if (comma > 0) {
            return new PersonName(n.substring(0, comma).strip(), emptyToNull(n.substring(comma + 1).strip()));
        }
        String[] words = n.split(" ");
        if (words.length == 1) {
            return new PersonName(n, null);
        }
        List<String> upper = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String w : words) {
            (isAllCapitals(w) ? upper : rest).add(w);
        }
        if (!upper.isEmpty() && !rest.isEmpty()) {
            return new PersonName(String.join(" ", upper), String.join(" ", rest));
        }
        return new PersonName(words[words.length - 1],
                String.join(" ", List.of(words).subList(0, words.length - 1)));
    }

    /** "LOPEZ, Maria", or just the surname in capitals when no given name is known. */
    String lastFirst() {
        if (surname == null) {
            return null;
        }
        String last = surname.toUpperCase(java.util.Locale.ROOT);
        return givenNames == null ? last : last + ", " + givenNames;
    }

    private static boolean isAllCapitals(String w) {
        return w.codePoints().anyMatch(Character::isLetter) && w.length() > 1
                && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
