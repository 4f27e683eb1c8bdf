package org.pdbot.casefile;

import java.util.List;

/**
 * What the request says about arrests and convictions. OPLA asks for a comprehensive list, so a request
 * must either list entries or say explicitly that there are none; silence is not "none".
 */
public record CriminalHistory(boolean none, List<String> entries, List<CriminalRecord> records, String mitigation) {

    /**
     * @param entries    entries written as free text, kept verbatim
     * @param records    entries given field by field (date, jurisdiction, charge, disposition …)
     * @param mitigation mitigating facts and rehabilitation, as written
     */
    public CriminalHistory {
        entries = List.copyOf(entries);
        records = records == null ? List.of() : List.copyOf(records);
        if (none && !(entries.isEmpty() && records.isEmpty())) {
            throw new IllegalArgumentException("a criminal history is either none or a list");
        }
    }

    public CriminalHistory(boolean none, List<String> entries) {
        this(none, entries, List.of(), null);
    }

    public static CriminalHistory noneDeclared() {
        return new CriminalHistory(true, List.of());
    }

    public static CriminalHistory of(List<String> entries) {
        return new CriminalHistory(false, entries);
    }

    public boolean isStated() {
        return none || !entries.isEmpty() || !records.isEmpty();
    }
}
