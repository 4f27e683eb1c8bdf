package org.pdbot.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which offices a city, county or state belongs to, from the areas of responsibility in
 * {@code config/directory/areas.yaml} and the cities of the EOIR courts in {@code courts.yaml}.
 */
final class AreaIndex {

    /** The offices a place leads to and the rule that says so; no offices when the place is in no area. */
    record Answer(List<Office> offices, String rule) {
        Answer {
            offices = List.copyOf(offices);
        }
    }

    private record Row(Office office, ReferenceData.Area area) {
    }

    private final Map<String, List<Row>> byState = new HashMap<>();
    private final Map<String, List<Row>> byPlace = new HashMap<>();
    private final Map<String, List<NameIndex.Entry>> courtsByCity = new HashMap<>();
    private final Map<String, List<NameIndex.Entry>> courtsByLeftName = new HashMap<>();

    AreaIndex(List<Office> offices, ReferenceData reference) {
        Map<String, Office> byCode = new HashMap<>();
        offices.forEach(o -> byCode.put(DirectoryRules.key(o.code()), o));
        for (ReferenceData.Area area : reference.areas()) {
            Row row = new Row(byCode.get(DirectoryRules.key(area.office())), area);
            String state = area.state().toUpperCase(Locale.ROOT);
            if (area.places().isEmpty()) {
                byState.computeIfAbsent(state, s -> new ArrayList<>()).add(row);
            }
            for (String place : area.places()) {
                byPlace.computeIfAbsent(placeKey(place, state), k -> new ArrayList<>()).add(row);
            }
        }
        for (ReferenceData.Court c : reference.courts()) {
            Office office = c.office() == null ? null : byCode.get(DirectoryRules.key(c.office()));
            String state = c.state().toUpperCase(Locale.ROOT);
            NameIndex.Entry entry = new NameIndex.Entry(office, NameKind.COURT, c.name(), state, c.city(),
                    "EOIR court '" + c.name() + "'", c.detainedOnly());
            courtsByCity.computeIfAbsent(placeKey(c.city(), state), k -> new ArrayList<>()).add(entry);
            String[] dashed = c.name().split("\\s+[-–—]\\s+", 2);
            Set<String> lefts = new LinkedHashSet<>(List.of(NameKey.of(c.city()), NameKey.of(dashed[0])));
            lefts.forEach(left -> courtsByLeftName.computeIfAbsent(left, k -> new ArrayList<>()).add(entry));
        }
    }

    /** True when some area lists this state or territory. */
    boolean knowsState(String state) {
        return byState.containsKey(state) || byPlace.keySet().stream().anyMatch(k -> k.endsWith("|" + state));
    }

    /**
     * The offices for a city (or county) in a state. The EOIR courts sitting in the city decide first, then the
     * area rows naming the place, then the rows for the whole state. A detained case uses only rows that say
     * they cover detained dockets.
     */
    Answer city(String cityText, String state, boolean detained) {
        String key = placeKey(cityText, state);
        List<NameIndex.Entry> courts = courtsByCity.getOrDefault(key, List.of());
        // a non-detained case goes by the city's non-detained courts, or by its detained court when that is all
        // the city has ("Lumpkin, GA"). A detained case is not routed by the courts of a facility's city: a jail
        // in Miami may be on the Krome docket or not, so only an area that covers detained cases decides.
        List<NameIndex.Entry> usable = detained ? List.of()
                : courts.stream().filter(c -> !c.detainedOnly()).toList();
        if (usable.isEmpty() && !detained) {
            usable = courts;
        }
        if (!usable.isEmpty() && usable.stream().allMatch(c -> c.office() != null)) {
            Set<Office> offices = new LinkedHashSet<>();
            usable.forEach(c -> offices.add(c.office()));
            return new Answer(List.copyOf(offices), "%s, %s is the seat of %s".formatted(cityText, state,
                    String.join(" and ", usable.stream().map(NameIndex.Entry::describe).distinct().toList())));
        }
        List<Row> rows = usable(byPlace.getOrDefault(key, List.of()), detained);
        if (!rows.isEmpty()) {
            return answer(rows, "%s, %s is listed in the area of responsibility of %s".formatted(cityText, state,
                    "%s"));
        }
        return state(state, detained, cityText + ", " + state);
    }

    /**
     * The offices of the EOIR courts in a city, or named after it ("Houston" for "Houston - Greenspoint Park"),
     * for a court name written as "City - Street" that is not known as a whole.
     */
    Answer courtsOf(String cityKey, String state) {
        List<NameIndex.Entry> courts = courtsByLeftName.getOrDefault(cityKey, List.of()).stream()
                .filter(c -> state == null || c.state().equals(state)).toList();
        if (courts.isEmpty() || courts.stream().anyMatch(c -> c.office() == null)) {
            return new Answer(List.of(), "no EOIR court is named after " + cityKey);
        }
        Set<Office> offices = new LinkedHashSet<>();
        courts.forEach(c -> offices.add(c.office()));
        return new Answer(List.copyOf(offices), "the EOIR courts named after this city (%s) are handled by %s"
                .formatted(String.join(", ", courts.stream().map(NameIndex.Entry::name).distinct().toList()),
                        names(offices)));
    }

    /** The offices for a whole state or territory. */
    Answer state(String state, boolean detained, String written) {
        List<Row> rows = usable(byState.getOrDefault(state, List.of()), detained);
        if (rows.isEmpty()) {
            return new Answer(List.of(), knowsState(state)
                    ? "no office is listed for " + (detained ? "detained cases in " : "") + States.name(state)
                    + " as a whole; name the court or facility"
                    : States.name(state) + " is in no office's area of responsibility");
        }
        return answer(rows, written + ": " + States.name(state) + " is in the area of responsibility of %s");
    }

    private static List<Row> usable(List<Row> rows, boolean detained) {
        return rows.stream().filter(r -> r.office() != null && (!detained || r.area().coversDetained())).toList();
    }

    private static Answer answer(List<Row> rows, String format) {
        Set<Office> offices = new LinkedHashSet<>();
        rows.forEach(r -> offices.add(r.office()));
        String who = names(offices);
        boolean inferred = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.area().inferred()));
        String sources = String.join("; ", rows.stream().map(r -> shortSource(r.area().source())).distinct().toList());
        return new Answer(List.copyOf(offices), format.formatted(who) + " (" + sources
                + (inferred ? "; inferred" : "") + ")");
    }

    /** "OPLA Dallas", "OPLA Dallas and OPLA El Paso", "OPLA Dallas, OPLA El Paso and OPLA Houston". */
    static String names(Collection<Office> offices) {
        List<String> names = offices.stream().map(o -> "OPLA " + o.displayName()).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A source without its details in brackets: "ICE OPLA field-office directory with areas of responsibility". */
    private static String shortSource(String source) {
        int bracket = source.indexOf(" (");
        return bracket > 0 ? source.substring(0, bracket) : source;
    }

    static String placeKey(String place, String state) {
        return NameKey.of(place) + "|" + state;
    }
}
