package org.pdbot.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A court or facility line taken apart: "Buffalo (Batavia) Service Processing Center, Batavia, NY" has the
 * name "Buffalo (Batavia) Service Processing Center", the hint "Batavia" (the part in brackets), the city
 * "Batavia" and the state NY. Nicknames ("NYC", "Philly") are written out here.
 *
 * @param names    the name keys to try, the most complete first
 * @param hints    keys of the parts in brackets
 * @param dashLeft the key of the city before an EOIR-style dash ("Houston - Greenspoint Park"), or null
 * @param city     the city written after the name ("..., Lumpkin, GA"), or the name itself when it could be a city
 * @param state    the postal code of a trailing state or territory, or null
 * @param nickname the nickname that was written out, or null
 */
record PlaceText(List<String> names, List<String> hints, String dashLeft, String city, String state,
                 String nickname) {

    private static final Pattern PARENS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—]\\s*");
    private static final Pattern UPPER_CODE = Pattern.compile("^(.*\\S)\\s+([A-Z]{2})$");

    static PlaceText parse(String raw, Map<String, ReferenceData.Nickname> nicknames) {
        String text = raw.strip();
        String state = null;
        List<String> parts = new ArrayList<>(Arrays.stream(text.split(",")).map(String::strip)
                .filter(p -> !NameKey.plain(p).isEmpty()).toList());
        if (parts.size() >= 2 && States.code(parts.get(parts.size() - 1)) != null) {
            state = States.code(parts.remove(parts.size() - 1));
        } else if (parts.size() == 1) {
            Matcher m = UPPER_CODE.matcher(parts.get(0));
            if (m.matches() && States.isCode(m.group(2)) && !endsWithWashington(m.group(1))
                    && !"DC".equals(m.group(2))) {
                state = m.group(2);
                parts.set(0, m.group(1));
            }
        }
        if (parts.isEmpty()) {
            parts.add(text);
        }
        String name = parts.get(0);
        String city = parts.size() >= 2 ? parts.get(parts.size() - 1) : name;

        String nickname = null;
        ReferenceData.Nickname nick = nickname(name, nicknames);
        if (nick != null) {
            nickname = nick.nickname();
            String plain = NameKey.plain(name);
            String rest = plain.substring(NameKey.plain(nick.nickname()).length()).strip();
            name = (nick.means() + " " + rest).strip();
            if (parts.size() < 2) {
                city = rest.isEmpty() ? nick.means() : city;
            }
            if (state == null && nick.state() != null) {
                state = nick.state().toUpperCase(Locale.ROOT);
            }
        }

        Set<String> names = new LinkedHashSet<>();
        if (parts.size() >= 2) {
            names.add(NameKey.of(String.join(" ", parts)));
        }
        names.add(NameKey.of(name));
        List<String> hints = new ArrayList<>();
        Matcher m = PARENS.matcher(String.join(", ", parts));
        while (m.find()) {
            String hint = NameKey.of(m.group(1));
            if (!hint.isEmpty()) {
                hints.add(hint);
            }
        }
        String withoutParens = PARENS.matcher(name).replaceAll(" ").strip();
        if (!hints.isEmpty() && !withoutParens.isEmpty()) {
            names.add(NameKey.of(withoutParens));
        }
        String dashLeft = null;
        String[] dashed = DASH.split(withoutParens, 2);
        if (dashed.length == 2 && !NameKey.plain(dashed[0]).isEmpty()) {
            dashLeft = NameKey.of(dashed[0]);
        }
        names.remove("");
        return new PlaceText(List.copyOf(names), List.copyOf(hints), dashLeft, city, state, nickname);
    }

    /** The nickname the name starts with (whole words), the longest one; a few hash probes. */
    private static ReferenceData.Nickname nickname(String name, Map<String, ReferenceData.Nickname> nicknames) {
        String[] words = NameKey.plain(name).split(" ");
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            ReferenceData.Nickname found = nicknames.get(String.join(" ", Arrays.copyOf(words, n)));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean endsWithWashington(String s) {
        return NameKey.plain(s).endsWith("washington");
    }
}
