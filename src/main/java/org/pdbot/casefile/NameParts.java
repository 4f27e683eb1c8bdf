package org.pdbot.casefile;

import java.util.List;

/**
 * How the client's name is filed, as the intake gave it: never reordered by pdbot. Any part may be null.
 *
 * @param familyName the surname(s) exactly as written ("Mendoza Ruiz", "de la Cruz")
 * @param givenNames the given name(s) ("Carlos", "Juan Pablo")
 * @param onNta      the name as it stands on the Notice to Appear, when it differs
 * @param aliases    other names the client is or was known by
 * @param honorific  "Mr.", "Ms.", "Mx.", "Dr." — only when the case gives one
 */
public record NameParts(String familyName, String givenNames, String onNta, List<String> aliases, String honorific) {

    public static final NameParts NONE = new NameParts(null, null, null, List.of(), null);

    public NameParts {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isEmpty() {
        return familyName == null && givenNames == null && onNta == null && aliases.isEmpty() && honorific == null;
    }

    /** Each part of {@code fix} that is given replaces this one's. */
    public NameParts with(NameParts fix) {
        return new NameParts(or(fix.familyName, familyName), or(fix.givenNames, givenNames), or(fix.onNta, onNta),
                fix.aliases.isEmpty() ? aliases : fix.aliases, or(fix.honorific, honorific));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
