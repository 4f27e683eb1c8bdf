package org.pdbot.casefile;

import java.util.List;

/**
 * What the request says about arrests and convictions. OPLA asks for a comprehensive list, so a request
 * must either list entries or say explicitly that there are none; silence is not "none".
 */
public record CriminalHistory(boolean none, List<String> entries) {

    public CriminalHistory {
        entries = List.copyOf(entries);
        if (none && !entries.isEmpty()) {
            throw new IllegalArgumentException("a criminal history is either none or a list");
        }
    }

    public static CriminalHistory noneDeclared() {
        return new CriminalHistory(true, List.of());
    }

    public static CriminalHistory of(List<String> entries) {
        return new CriminalHistory(false, entries);
    }

    public boolean isStated() {
        return none || !entries.isEmpty();
    }
}
