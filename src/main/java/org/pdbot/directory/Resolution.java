package org.pdbot.directory;

import java.util.List;
import java.util.stream.Collectors;

/** The answer to "which OPLA office gets this case?": one office, or the reason there is none. */
public sealed interface Resolution {

    /** Plain words for a person: which office and why, or why not. */
    String explanation();

    /** @param matchedBy what decided it: "office", "detention facility" or "immigration court" */
    record Resolved(Office office, String matchedBy, String matchedText) implements Resolution {
        @Override
        public String explanation() {
            return "%s '%s' is handled by OPLA %s (%s)".formatted(
                    capitalize(matchedBy), matchedText, office.displayName(), office.pdAddress());
        }
    }

    record Unknown(String field, String value) implements Resolution {
        @Override
        public String explanation() {
            return "%s '%s' matches no OPLA office".formatted(capitalize(field), value);
        }
    }

    record Ambiguous(String field, String value, List<Office> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String explanation() {
            return "%s '%s' could be any of: %s; name the office".formatted(capitalize(field), value,
                    candidates.stream().map(o -> o.displayName() + " (" + o.code() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    record NothingGiven() implements Resolution {
        @Override
        public String explanation() {
            return "No office, detention facility or immigration court is given, so the OPLA office is unknown";
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
