package org.pdbot.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every name of every office under its {@link NameKey}: the office's own names, courts, facilities and city
 * from the office directory, and the courts and facilities of the reference data with their former names,
 * short names and codes. A lookup is one hash probe.
 */
final class NameIndex {

    /**
     * One name of one place.
     *
     * @param office   the office it leads to; null for a facility whose office is not known (it routes by area)
     * @param state    the state the place is in; null for office names, which are in no state
     * @param city     the city the place is in, or null
     * @param describe how the rule reads: "EOIR court 'New York - Varick Street' (New York, NY)"
     * @param detainedOnly a court that hears only detained cases
     */
    record Entry(Office office, NameKind kind, String name, String state, String city, String describe,
                 boolean detainedOnly) {

        /** Reference data (EOIR's and ICE's own names) explains a match better than the directory's aliases. */
        boolean fromReference() {
            return describe.startsWith("EOIR") || describe.startsWith("ICE");
        }
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, String> writtenByKey = new HashMap<>();

    /** The names written in the office directory only. */
    NameIndex(List<Office> offices) {
        this(offices, ReferenceData.NONE);
    }

    NameIndex(List<Office> offices, ReferenceData reference) {
        Map<String, Office> byCode = new HashMap<>();
        for (Office office : offices) {
            byCode.put(DirectoryRules.key(office.code()), office);
            for (String name : officeNames(office)) {
                // a code or address names the office anywhere; "Portland" or "Florence" is a place in one state
                boolean placeName = !name.equals(office.code()) && !name.equals(office.pdAddress());
                add(name, new Entry(office, NameKind.OFFICE, name, placeName ? office.state() : null, null,
                        "office name '" + name + "'", false));
            }
            for (String name : office.courts()) {
                add(name, new Entry(office, NameKind.COURT, name, office.state(), null,
                        "immigration court '" + name + "' (office directory)", false));
            }
            for (String name : office.facilities()) {
                add(name, new Entry(office, NameKind.FACILITY, name, office.state(), null,
                        "detention facility '" + name + "' (office directory)", false));
            }
            add(office.city(), new Entry(office, NameKind.CITY, office.city(), office.state(), office.city(),
                    "city of the OPLA office '" + office.city() + ", " + office.state() + "'", false));
        }
        for (ReferenceData.Court c : reference.courts()) {
            Office office = c.office() == null ? null : byCode.get(DirectoryRules.key(c.office()));
            String where = " (" + c.city() + ", " + c.state() + ")";
            String state = c.state().toUpperCase(Locale.ROOT);
            Entry main = new Entry(office, NameKind.COURT, c.name(), state, c.city(),
                    "EOIR court '" + c.name() + "'" + where, c.detainedOnly());
            add(c.name(), main);
            for (String shortName : c.shortNames()) {
                add(shortName, new Entry(office, NameKind.COURT, c.name(), state, c.city(),
                        "EOIR court '" + c.name() + "' (written '" + shortName + "')" + where, c.detainedOnly()));
            }
        }
        for (ReferenceData.Facility f : reference.facilities()) {
            Office office = f.office() == null ? null : byCode.get(DirectoryRules.key(f.office()));
            String where = " (" + f.city() + ", " + f.state() + ")";
            String state = f.state().toUpperCase(Locale.ROOT);
            add(f.name(), new Entry(office, NameKind.FACILITY, f.name(), state, f.city(),
                    "ICE detention facility '" + f.name() + "'" + where, false));
            for (String former : f.formerNames()) {
                add(former, new Entry(office, NameKind.FACILITY, f.name(), state, f.city(),
                        "ICE detention facility '" + f.name() + "', formerly '" + former + "'" + where, false));
            }
            for (String code : f.codes()) {
                add(code, new Entry(office, NameKind.FACILITY, f.name(), state, f.city(),
                        "ICE detention facility '" + f.name() + "' (code " + code + ")" + where, false));
            }
        }
    }

    /** The entries under this key (already a {@link NameKey}). */
    List<Entry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The offices that carry this name as one of the given kinds, in directory order, with how. */
    Map<Office, Set<NameKind>> find(String name, Set<NameKind> kinds) {
        return offices(lookup(NameKey.of(name)), kinds);
    }

    static Map<Office, Set<NameKind>> offices(List<Entry> entries, Set<NameKind> kinds) {
        Map<Office, Set<NameKind>> found = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.office() != null && kinds.contains(e.kind())) {
                found.computeIfAbsent(e.office(), o -> EnumSet.noneOf(NameKind.class)).add(e.kind());
            }
        }
        return found;
    }

    /** The code, address, display name, own name and aliases of an office. */
    static List<String> officeNames(Office office) {
        List<String> names = new ArrayList<>(List.of(office.code(), office.pdAddress(), office.displayName()));
        names.add(office.subOffice() == null ? office.fieldLocation() : office.subOffice());
        names.addAll(office.aliases());
        return names;
    }

    private void add(String name, Entry entry) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
            writtenByKey.putIfAbsent(key, name);
        }
    }

    /** All keys with the offices that carry them; for consistency checks. */
    Stream<Map.Entry<String, Map<Office, Set<NameKind>>>> entries() {
        return byKey.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), offices(e.getValue(), EnumSet.allOf(NameKind.class))))
                .filter(e -> !e.getValue().isEmpty());
    }

    /** Every key with the name as written in the data and its office (or null), for "did you mean" suggestions. */
    Map<String, Map.Entry<String, Office>> keys() {
        Map<String, Map.Entry<String, Office>> keys = new HashMap<>();
        byKey.forEach((key, entries) -> {
            Office office = entries.stream().map(Entry::office).filter(o -> o != null).findFirst().orElse(null);
            keys.put(key, new java.util.AbstractMap.SimpleImmutableEntry<>(writtenByKey.get(key), office));
        });
        return keys;
    }
}
