package org.pdbot.directory;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the OPLA office for a case from what the case says: an explicit office, the detention facility or the
 * immigration court. Names are compared after {@link NameKey} tidying; a court or facility line is searched
 * among court, facility and office names alike, then by the city's area of responsibility. It never guesses:
 * a name that fits two offices is ambiguous, a name that fits none is unknown (with "did you mean"
 * suggestions that are never used to route).
 *
 * <p>Longer than most: the order of the questions (office, facility, court, area) is the routing rule, and
 * it reads best in one class.
 */
public final class OfficeResolver {

    private static final String QUERY_FIELD = "name";

    /** Where a value came from: what it is called, which kinds of name it looks at first, and whether detained. */
    private enum Field {
        FACILITY("detention facility", List.of(NameKind.FACILITY, NameKind.COURT, NameKind.OFFICE), true),
        COURT("immigration court", List.of(NameKind.COURT, NameKind.FACILITY, NameKind.OFFICE), false),
        QUERY(QUERY_FIELD, List.of(NameKind.values()), false);

        final String label;
        final List<NameKind> kinds;
        final boolean detained;

        Field(String label, List<NameKind> kinds, boolean detained) {
            this.label = label;
            this.kinds = kinds;
            this.detained = detained;
        }
    }

    private final OfficeDirectory directory;
    private final NameIndex index;
    private final AreaIndex areas;
    private final Map<String, ReferenceData.Nickname> nicknames = new HashMap<>();
    private final Suggestions suggestions;

    public OfficeResolver(OfficeDirectory directory) {
        this.directory = directory;
        this.index = new NameIndex(directory.offices(), directory.reference());
        this.areas = new AreaIndex(directory.offices(), directory.reference());
        directory.reference().nicknames().forEach(n -> nicknames.put(NameKey.plain(n.nickname()), n));
        this.suggestions = new Suggestions(index.keys());
    }

    /**
     * The first value that is given decides, in this order: the office (its name such as "Atlanta — Stewart",
     * sub-office name, code, PD address or alias), the detention facility, the immigration court. A facility
     * that leads to no office leaves the decision to the court when the court leads to one office (and, if the
     * facility left several candidates, to one of them).
     */
    public Resolution resolve(String office, String facility, String court) {
        if (given(office)) {
            return byOffice(office.trim());
        }
        if (given(facility)) {
            Resolution byFacility = lookup(Field.FACILITY, facility.trim());
            if (!(byFacility instanceof Resolution.Resolved) && given(court)
                    && lookup(Field.COURT, court.trim()) instanceof Resolution.Resolved byCourt
                    && (byFacility instanceof Resolution.Unknown
                    || ((Resolution.Ambiguous) byFacility).candidates().contains(byCourt.office()))) {
                return byCourt;
            }
            return byFacility;
        }
        if (given(court)) {
            return lookup(Field.COURT, court.trim());
        }
        return new Resolution.NothingGiven();
    }

    /**
     * Looks a single name up among everything the directory knows: courts, facilities, cities, office names,
     * codes and addresses, then places by their area of responsibility. A city shared by a main office and its
     * own sub-offices means the main office, and a name of one office beats the same city of another office in
     * the same field location; any other overlap is ambiguous.
     */
    public Resolution resolve(String query) {
        if (!given(query)) {
            return new Resolution.NothingGiven();
        }
        return lookup(Field.QUERY, query.trim());
    }

    /**
     * EOIR's own name of the immigration court {@code court} names ("Varick" → "New York - Varick Street"), when it
     * names exactly one court of the reference data; empty otherwise. For the letter, never for routing.
     */
    public Optional<String> eoirCourtName(String court) {
        if (!given(court)) {
            return Optional.empty();
        }
        List<String> names = index.lookup(NameKey.of(court.trim())).stream()
                .filter(e -> e.kind() == NameKind.COURT && e.describe().startsWith("EOIR"))
                .map(NameIndex.Entry::name).distinct().toList();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    private Resolution byOffice(String value) {
        String key = NameKey.of(value);
        List<NameIndex.Entry> named = index.lookup(key).stream().filter(e -> e.kind() == NameKind.OFFICE).toList();
        List<Office> found = List.copyOf(NameIndex.offices(named, EnumSet.of(NameKind.OFFICE)).keySet());
        return switch (found.size()) {
            case 0 -> new Resolution.Unknown("office", value, suggestions.like(key), null);
            case 1 -> new Resolution.Resolved(found.get(0), "office", value, null);
            default -> new Resolution.Ambiguous("office", value, found);
        };
    }

    private Resolution lookup(Field field, String value) {
        PlaceText place = PlaceText.parse(value, nicknames);
        for (String key : place.names()) {
            Resolution r = byName(field, value, key, place);
            if (r != null) {
                return r;
            }
        }
        for (String hint : place.hints()) {
            Resolution r = byName(field, value, hint, place);
            if (r != null) {
                return r;
            }
        }
        if (place.dashLeft() != null) {
            AreaIndex.Answer courts = areas.courtsOf(place.dashLeft(), place.state());
            if (!courts.offices().isEmpty()) {
                return answer(field, value, courts);
            }
        }
        String lastKey = place.names().isEmpty() ? NameKey.of(value) : place.names().get(place.names().size() - 1);
        if (place.state() != null) {
            boolean cityGiven = !NameKey.plain(place.city()).isEmpty() && States.code(place.city()) == null;
            AreaIndex.Answer area = cityGiven ? areas.city(place.city(), place.state(), field.detained)
                    : areas.state(place.state(), field.detained, States.name(place.state()));
            if (!area.offices().isEmpty()) {
                return answer(field, value, area);
            }
            return new Resolution.Unknown(field.label, value, suggestions.like(lastKey), area.rule());
        }
        return new Resolution.Unknown(field.label, value, suggestions.like(lastKey), null);
    }

    /** The decision for one name key, or null when nothing of the field's kinds carries it. */
    private Resolution byName(Field field, String value, String key, PlaceText place) {
        List<NameIndex.Entry> entries = index.lookup(key).stream()
                .filter(e -> place.state() == null || e.state() == null || e.state().equals(place.state()))
                .toList();
        if (entries.isEmpty()) {
            return null;
        }
        if (field == Field.QUERY) {
            return byQuery(value, entries, place);
        }
        for (NameKind kind : field.kinds) {
            List<NameIndex.Entry> ofKind = entries.stream().filter(e -> e.kind() == kind)
                    .filter(e -> !field.detained || usableForDetained(e)).toList();
            if (!ofKind.isEmpty()) {
                return decide(field, value, ofKind, place);
            }
        }
        return null;
    }

    private Resolution decide(Field field, String value, List<NameIndex.Entry> entries, PlaceText place) {
        Set<Office> offices = new LinkedHashSet<>();
        entries.stream().filter(e -> e.office() != null).forEach(e -> offices.add(e.office()));
        if (offices.isEmpty()) {
            NameIndex.Entry known = entries.get(0);
            if (known.kind() != NameKind.FACILITY) {
                // an adjudication center hears cases from anywhere: its city says nothing about the office
                return new Resolution.Unknown(field.label, value, List.of(),
                        known.describe() + " has no OPLA office in the directory");
            }
            AreaIndex.Answer area = areas.city(known.city(), known.state(), true);
            String why = known.describe() + " has no OPLA office of its own in the directory; ";
            return answer(field, value, new AreaIndex.Answer(area.offices(), why + area.rule()));
        }
        if (!place.hints().isEmpty()) {
            Set<Office> hinted = hinted(place);
            if (!hinted.isEmpty()) {
                Set<Office> both = new LinkedHashSet<>(offices);
                both.retainAll(hinted);
                if (both.isEmpty()) {
                    Set<Office> all = new LinkedHashSet<>(offices);
                    all.addAll(hinted);
                    return new Resolution.Ambiguous(field.label, value, List.copyOf(all),
                            "the name and the place in brackets lead to different offices");
                }
                offices.retainAll(both);
            }
        }
        if (offices.size() > 1) {
            return new Resolution.Ambiguous(field.label, value, List.copyOf(offices));
        }
        Office office = offices.iterator().next();
        NameIndex.Entry how = entries.stream().filter(e -> office.equals(e.office()))
                .min(Comparator.comparing(e -> !e.fromReference())).orElseThrow();
        return new Resolution.Resolved(office, field.label, value, how.describe() + " → " + officeLabel(office));
    }

    /**
     * On a facility line a court counts only when it hears detained cases alone ("Batavia SPC"), and an office
     * only by its code or address: "Harlingen" or "Miami" on a facility line does not say which docket the
     * person is on, since a detained case there is heard in Port Isabel or at Krome.
     */
    private static boolean usableForDetained(NameIndex.Entry e) {
        return switch (e.kind()) {
            case FACILITY -> true;
            case COURT -> e.detainedOnly();
            case OFFICE -> e.state() == null;
            case CITY -> false;
        };
    }

    /** The offices the parts in brackets lead to, by name or as the city of a court. */
    private Set<Office> hinted(PlaceText place) {
        Set<Office> hinted = new LinkedHashSet<>();
        for (String hint : place.hints()) {
            index.lookup(hint).stream()
                    .filter(e -> e.office() != null && e.kind() != NameKind.CITY)
                    .filter(e -> place.state() == null || e.state() == null || e.state().equals(place.state()))
                    .forEach(e -> hinted.add(e.office()));
        }
        return hinted;
    }

    /** The old query rules: named places beat cities, a main office beats its own sub-offices' city. */
    private Resolution byQuery(String value, List<NameIndex.Entry> entries, PlaceText place) {
        Map<Office, Set<NameKind>> found = NameIndex.offices(entries, EnumSet.allOf(NameKind.class));
        if (found.isEmpty()) {
            return decide(Field.COURT, value, entries, place);
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
        NameIndex.Entry entry = entries.stream().filter(e -> chosen.equals(e.office()) && e.kind() == how)
                .min(Comparator.comparing(e -> !e.fromReference())).orElseThrow();
        return new Resolution.Resolved(chosen, how.label(), value, entry.describe() + " → " + officeLabel(chosen));
    }

    private static Resolution answer(Field field, String value, AreaIndex.Answer answer) {
        String label = field == Field.QUERY ? "place" : field.label;
        return switch (answer.offices().size()) {
            case 0 -> new Resolution.Unknown(label, value, List.of(), answer.rule());
            case 1 -> new Resolution.Resolved(answer.offices().get(0), label, value,
                    answer.rule() + " → " + officeLabel(answer.offices().get(0)));
            default -> new Resolution.Ambiguous(label, value, answer.offices(), answer.rule());
        };
    }

    /** "New York City — Varick sub-office" or "Boston office". */
    static String officeLabel(Office office) {
        return office.parent() == null ? office.displayName() + " office" : office.displayName() + " sub-office";
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
