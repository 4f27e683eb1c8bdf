package org.pdbot.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** US states, DC and the territories: postal code and name, so "Maine", "ME" and "Me." read the same. */
final class States {

    private static final String[][] ALL = {
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
            {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
            {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
            {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
            {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
            {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
            {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
            {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
            {"PR", "Puerto Rico"}, {"VI", "U.S. Virgin Islands"}, {"GU", "Guam"}, {"MP", "Northern Mariana Islands"},
            {"AS", "American Samoa"}};

    /** Other ways the same state or territory is written; keys are already in {@link NameKey} form. */
    private static final String[][] OTHER_NAMES = {
            {"DC", "washington dc"}, {"DC", "district of columbia"}, {"VI", "us virgin islands"},
            {"VI", "usvi"}, {"VI", "virgin islands"}, {"MP", "cnmi"}, {"MP", "commonwealth of the northern mariana islands"},
            {"PR", "puerto rico"}, {"GU", "guam"}, {"PR", "commonwealth of puerto rico"}};

    private static final Map<String, String> CODE_BY_KEY = new HashMap<>();
    private static final Map<String, String> NAME_BY_CODE = new HashMap<>();

    static {
        for (String[] s : ALL) {
            CODE_BY_KEY.put(s[0].toLowerCase(Locale.ROOT), s[0]);
            CODE_BY_KEY.put(NameKey.plain(s[1]), s[0]);
            NAME_BY_CODE.put(s[0], s[1]);
        }
        for (String[] s : OTHER_NAMES) {
            CODE_BY_KEY.put(s[1], s[0]);
        }
    }

    private States() {
    }

    /** The postal code for a state written as code or name ("me", "Maine", "D.C."), or null. */
    static String code(String text) {
        return text == null ? null : CODE_BY_KEY.get(NameKey.plain(text));
    }

    /** "Maine" for "ME". */
    static String name(String code) {
        return NAME_BY_CODE.getOrDefault(code, code);
    }

    static boolean isCode(String code) {
        return NAME_BY_CODE.containsKey(code);
    }
}
