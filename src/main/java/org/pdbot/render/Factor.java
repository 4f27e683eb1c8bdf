package org.pdbot.render;

import java.util.List;

/**
 * One of the factors OPLA weighs when deciding on prosecutorial discretion, with the phrases that show a
 * sentence speaks to it (as kept in {@code config/opla-factors.yaml}).
 *
 * @param code    stable code, e.g. {@code RESIDENCE}
 * @param label   the factor as OPLA's page words it; used as a heading in the request
 * @param phrases lower-case phrases; a trailing {@code *} matches any word ending ({@code employ*})
 */
public record Factor(String code, String label, List<String> phrases) {

    /** Where sentences that touch no factor go. */
    public static final Factor OTHER = new Factor("OTHER", "Other considerations", List.of());

    public Factor {
        if (code == null || code.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a factor has a code and a label");
        }
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }
}
