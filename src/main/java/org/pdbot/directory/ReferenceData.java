package org.pdbot.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The place names behind routing, read from {@code config/directory/}: every EOIR immigration court, ICE
 * detention facilities, each office's area of responsibility and nicknames. Every entry
 * says where it comes from; {@code inferred: true} marks what is derived rather than read in a source.
 */
record ReferenceData(List<Court> courts, List<Facility> facilities, List<Area> areas, List<Nickname> nicknames) {

    static final ReferenceData NONE = new ReferenceData(null, null, null, null);

    @Override
    public List<Court> courts() {
        return copy(courts);
    }

    @Override
    public List<Facility> facilities() {
        return copy(facilities);
    }

    @Override
    public List<Area> areas() {
        return copy(areas);
    }

    @Override
    public List<Nickname> nicknames() {
        return copy(nicknames);
    }

    /**
     * An EOIR immigration court.
     *
     * @param eoirCode   EOIR's three-letter code ("NYV")
     * @param name       EOIR's name ("New York - Varick Street")
     * @param shortNames other names in use ("Varick", "201 Varick Street")
     * @param office     the code of the OPLA office that handles its docket; null when no office is known
     * @param detained   true when the court hears only detained cases
     */
    record Court(String eoirCode, String name, List<String> shortNames, String address, String city, String state,
                 String office, Boolean detained, String source, LocalDate checked, Boolean inferred, String note) {
        @Override
        public List<String> shortNames() {
            return copy(shortNames);
        }

        boolean detainedOnly() {
            return Boolean.TRUE.equals(detained);
        }
    }

    /**
     * An ICE detention facility.
     *
     * @param formerNames names it had before ("LaSalle ICE Processing Center")
     * @param codes       short codes ICE and practitioners use ("NWIPC", ICE's DETLOC "CSCNWWA")
     * @param eroFieldOffice the ICE ERO field office the facility list names (not always the OPLA field location)
     * @param office      the OPLA office that handles its detained docket; null routes by the facility's area
     */
    record Facility(String name, List<String> formerNames, List<String> codes, String city, String state,
                    String eroFieldOffice, String court, String office, String source, LocalDate checked,
                    Boolean inferred, String note) {
        @Override
        public List<String> formerNames() {
            return copy(formerNames);
        }

        @Override
        public List<String> codes() {
            return copy(codes);
        }
    }

    /**
     * Part of an office's area of responsibility: a whole state or territory, or (where a state is split) the
     * cities and counties listed in {@code places}.
     *
     * @param docket {@code all}, or {@code non-detained} when detained cases from there may go elsewhere
     */
    record Area(String office, String state, List<String> places, String docket, String source, LocalDate checked,
                Boolean inferred, String note) {
        @Override
        public List<String> places() {
            return copy(places);
        }

        boolean coversDetained() {
            return "all".equals(docket);
        }
    }

    /** A nickname or other-language name for a place ("Philly" for "Philadelphia"). */
    record Nickname(String nickname, String means, String state, String source) {
    }

    /** What is wrong with the data, one line each; the offices are the directory's. */
    List<String> problems(List<Office> offices) {
        Set<String> codes = offices.stream().map(o -> DirectoryRules.key(o.code())).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < courts().size(); i++) {
            Court c = courts().get(i);
            String where = "courts.yaml entry " + (i + 1) + " (" + c.name() + ")";
            required(where, "name", c.name(), problems);
            required(where, "source", c.source(), problems);
            state(where, c.state(), problems);
            office(where, c.office(), codes, problems);
        }
        for (int i = 0; i < facilities().size(); i++) {
            Facility f = facilities().get(i);
            String where = "facilities.yaml entry " + (i + 1) + " (" + f.name() + ")";
            required(where, "name", f.name(), problems);
            required(where, "source", f.source(), problems);
            state(where, f.state(), problems);
            office(where, f.office(), codes, problems);
        }
        for (int i = 0; i < areas().size(); i++) {
            Area a = areas().get(i);
            String where = "areas.yaml entry " + (i + 1) + " (" + a.office() + " " + a.state() + ")";
            required(where, "office", a.office(), problems);
            required(where, "source", a.source(), problems);
            state(where, a.state(), problems);
            office(where, a.office(), codes, problems);
            if (!"all".equals(a.docket()) && !"non-detained".equals(a.docket())) {
                problems.add(where + " has docket '" + a.docket() + "'; write all or non-detained");
            }
        }
        for (int i = 0; i < nicknames().size(); i++) {
            Nickname n = nicknames().get(i);
            String where = "nicknames.yaml entry " + (i + 1) + " (" + n.nickname() + ")";
            required(where, "nickname", n.nickname(), problems);
            required(where, "means", n.means(), problems);
            if (n.state() != null) {
                state(where, n.state(), problems);
            }
        }
        return problems;
    }

    private static void required(String where, String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(where + " has no " + field);
        }
    }

    private static void state(String where, String state, List<String> problems) {
        if (state == null || !States.isCode(state.toUpperCase(Locale.ROOT))) {
            problems.add(where + " has state '" + state + "'; write a postal code such as GA or PR");
        }
    }

    private static void office(String where, String office, Set<String> codes, List<String> problems) {
        if (office != null && !office.isBlank() && !codes.contains(DirectoryRules.key(office))) {
            problems.add(where + " names office '" + office + "', which is not the code of any office");
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
