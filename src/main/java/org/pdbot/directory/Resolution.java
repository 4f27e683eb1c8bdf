package org.pdbot.directory;

import java.util.List;
import java.util.stream.Collectors;

/** The answer to "which OPLA office gets this case?": one office, or the reason there is none. */
public sealed interface Resolution {

    /** Plain words for a person: which office and why, or why not. */
    String explanation();

    /**
     * @param matchedBy   what decided it: "office", "detention facility" or "immigration court"
     * @param matchedText the value as the case wrote it
     * @param rule        which rule matched, for a person: "EOIR court 'New York - Varick Street' (New York, NY)
     *                    → New York City — Varick sub-office"; null when there is nothing to add
     */
    record Resolved(Office office, String matchedBy, String matchedText, String rule) implements Resolution {
        public Resolved(Office office, String matchedBy, String matchedText) {
            this(office, matchedBy, matchedText, null);
        }

        @Override
        public String explanation() {
            return "%s '%s' is handled by OPLA %s (%s)%s".formatted(capitalize(matchedBy), matchedText,
                    office.displayName(), office.pdAddress(), rule == null ? "" : ": " + rule);
        }
    }

    /**
     * @param suggestions known names that look like the value ("did you mean"); never used to route
     * @param reason      why a known place still leads to no office, or null
     */
    record Unknown(String field, String value, List<String> suggestions, String reason) implements Resolution {
        public Unknown {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }

        public Unknown(String field, String value) {
            this(field, value, List.of(), null);
        }

        @Override
        public String explanation() {
            return "%s '%s' matches no OPLA office%s%s".formatted(capitalize(field), value,
                    reason == null ? "" : " (" + reason + ")",
                    suggestions.isEmpty() ? "" : "; did you mean " + suggestions.stream()
                            .map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?");
        }
    }

    /** @param reason what makes it ambiguous ("Texas is split between …"), or null */
    record Ambiguous(String field, String value, List<Office> candidates, String reason) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        public Ambiguous(String field, String value, List<Office> candidates) {
            this(field, value, candidates, null);
        }

        @Override
        public String explanation() {
            return "%s '%s' could be any of: %s%s; name the office".formatted(capitalize(field), value,
                    candidates.stream().map(o -> o.displayName() + " (" + o.code() + ")")
                            .collect(Collectors.joining(", ")),
                    reason == null ? "" : " (" + reason + ")");
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
