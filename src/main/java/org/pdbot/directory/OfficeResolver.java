package org.pdbot.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the OPLA office for a case from what the case says: an explicit office, the detention facility or the
 * immigration court. It matches names exactly (after {@link NameKey} tidying) and never guesses: a name that
 * fits two offices is ambiguous, a name that fits none is unknown.
 */
public final class OfficeResolver {

    private static final String QUERY_FIELD = "name";

    private final OfficeDirectory directory;
    private final NameIndex index;

    public OfficeResolver(OfficeDirectory directory) {
        this.directory = directory;
        this.index = new NameIndex(directory.offices());
    }

    /**
     * The first value that is given decides, in this order: the office (its name such as "Atlanta — Stewart",
     * sub-office name, code, PD address or alias), the detention facility, the immigration court. A given value
     * that matches nothing is {@link Resolution.Unknown}; the later values are not consulted.
     */
    public Resolution resolve(String office, String facility, String court) {
        if (given(office)) {
            return decide(NameKind.OFFICE, office);
        }
        if (given(facility)) {
            Resolution byFacility = decide(NameKind.FACILITY, facility);
            // a facility missing from the directory is no reason to ignore a known court: the court's office
            // handles the case. A known facility still decides, and an ambiguous one is still reported.
            if (byFacility instanceof Resolution.Unknown && given(court)
                    && decide(NameKind.COURT, court) instanceof Resolution.Resolved byCourt) {
                return byCourt;
            }
            return byFacility;
        }
        if (given(court)) {
            return decide(NameKind.COURT, court);
        }
        return new Resolution.NothingGiven();
    }

    /**
     * Looks a single name up among everything the directory knows: courts, facilities, cities, office names,
     * codes and addresses. A city shared by a main office and its own sub-offices means the main office, and a
     * name of one office beats the same city of another office in the same field location; any other overlap
     * is ambiguous.
     */
    public Resolution resolve(String query) {
        if (!given(query)) {
            return new Resolution.NothingGiven();
        }
        String value = query.trim();
        Map<Office, Set<NameKind>> found = index.find(value, EnumSet.allOf(NameKind.class));
        if (found.isEmpty()) {
            return new Resolution.Unknown(QUERY_FIELD, value);
        }
        List<Office> named = found.entrySet().stream()
                .filter(e -> !e.getValue().equals(EnumSet.of(NameKind.CITY)))
                .map(Map.Entry::getKey)
                .toList();
        List<Office> all = List.copyOf(found.keySet());
        List<Office> candidates = named.isEmpty() ? all : named;
        Office chosen = candidates.size() == 1 ? candidates.get(0) : named.isEmpty() ? mainOfficeAmong(all) : null;
        if (chosen == null) {
            return new Resolution.Ambiguous(QUERY_FIELD, value, candidates);
        }
        if (!all.stream().allMatch(o -> sameFieldLocation(o, chosen))) {
            return new Resolution.Ambiguous(QUERY_FIELD, value, all);
        }
        NameKind how = found.get(chosen).iterator().next();
        return new Resolution.Resolved(chosen, how.label(), value);
    }

    private Resolution decide(NameKind kind, String rawValue) {
        String value = rawValue.trim();
        List<Office> found = List.copyOf(index.find(value, EnumSet.of(kind)).keySet());
        return switch (found.size()) {
            case 0 -> new Resolution.Unknown(kind.label(), value);
            case 1 -> new Resolution.Resolved(found.get(0), kind.label(), value);
            default -> new Resolution.Ambiguous(kind.label(), value, found);
        };
    }

    /** The main office when it is among the offices, or null. */
    private static Office mainOfficeAmong(List<Office> offices) {
        return offices.stream().filter(o -> o.parent() == null).findFirst().orElse(null);
    }

    private boolean sameFieldLocation(Office a, Office b) {
        return directory.mainOfficeOf(a).equals(directory.mainOfficeOf(b));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
