package org.pdbot.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every name of every office (its own names, courts, facilities, city) under its {@link NameKey}. */
final class NameIndex {

    private final Map<String, Map<Office, Set<NameKind>>> byKey = new HashMap<>();

    NameIndex(List<Office> offices) {
        for (Office office : offices) {
            officeNames(office).forEach(name -> add(name, office, NameKind.OFFICE));
            office.courts().forEach(name -> add(name, office, NameKind.COURT));
            office.facilities().forEach(name -> add(name, office, NameKind.FACILITY));
            add(office.city(), office, NameKind.CITY);
        }
    }

    /** The offices that carry this name as one of the given kinds, in directory order, with how. */
    Map<Office, Set<NameKind>> find(String name, Set<NameKind> kinds) {
        Map<Office, Set<NameKind>> found = new LinkedHashMap<>();
        byKey.getOrDefault(NameKey.of(name), Map.of()).forEach((office, how) -> {
            Set<NameKind> wanted = EnumSet.noneOf(NameKind.class);
            how.stream().filter(kinds::contains).forEach(wanted::add);
            if (!wanted.isEmpty()) {
                found.put(office, wanted);
            }
        });
        return found;
    }

    /** The code, address, display name, own name and aliases of an office. */
    static List<String> officeNames(Office office) {
        List<String> names = new ArrayList<>(List.of(office.code(), office.pdAddress(), office.displayName()));
        names.add(office.subOffice() == null ? office.fieldLocation() : office.subOffice());
        names.addAll(office.aliases());
        return names;
    }

    private void add(String name, Office office, NameKind kind) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                .computeIfAbsent(office, o -> EnumSet.noneOf(NameKind.class))
                .add(kind);
    }

    /** All keys with the offices that carry them; for consistency checks. */
    Stream<Map.Entry<String, Map<Office, Set<NameKind>>>> entries() {
        return byKey.entrySet().stream();
    }
}
