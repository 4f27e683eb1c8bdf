package org.pdbot.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rules an office directory must keep; each broken rule becomes one readable line. */
final class DirectoryRules {

    private DirectoryRules() {
    }

    static List<String> problems(List<Office> offices) {
        List<String> problems = new ArrayList<>();
        Map<String, Office> byCode = new HashMap<>();
        Map<String, Office> byAddress = new HashMap<>();
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            String where = describe(office, i);
            if (blank(office.code())) {
                problems.add(where + " has no code");
            } else {
                Office earlier = byCode.putIfAbsent(key(office.code()), office);
                if (earlier != null) {
                    problems.add("Code '%s' is used twice (%s and %s)".formatted(
                            office.code(), earlier.displayName(), office.displayName()));
                }
            }
            if (blank(office.fieldLocation())) {
                problems.add(where + " has no fieldLocation");
            }
            if (blank(office.pdAddress())) {
                problems.add(where + " has no pdAddress");
            } else {
                if (!office.pdAddress().contains("@")) {
                    problems.add(where + " has pdAddress '" + office.pdAddress() + "', which is not an e-mail address");
                }
                Office earlier = byAddress.putIfAbsent(key(office.pdAddress()), office);
                if (earlier != null) {
                    problems.add("PD address '%s' is used twice (%s and %s)".formatted(
                            office.pdAddress(), earlier.code(), office.code()));
                }
            }
            if (blank(office.subOffice()) != blank(office.parent())) {
                problems.add(where + " needs both subOffice and parent, or neither (a main office has neither)");
            }
            ruleProblems(office, where, problems);
        }
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            if (blank(office.parent())) {
                continue;
            }
            Office parent = byCode.get(key(office.parent()));
            if (parent == null) {
                problems.add("%s names parent '%s', which is not the code of any office".formatted(
                        describe(office, i), office.parent()));
            } else if (!blank(parent.parent())) {
                problems.add("%s names parent '%s', which is itself a sub-office".formatted(
                        describe(office, i), office.parent()));
            }
        }
        return problems;
    }

    /** The optional per-office rules: each is checked only when the office sets it. */
    private static void ruleProblems(Office office, String where, List<String> problems) {
        for (String entry : office.acceptedAttachmentTypes()) {
            AttachmentTypes.problem(entry).ifPresent(p -> problems.add(where + " has acceptedAttachmentTypes " + p));
        }
        if (office.maxPacketMb() != null && !(office.maxPacketMb() > 0)) {
            problems.add(where + " has maxPacketMb " + office.maxPacketMb() + "; it must be a number of MB above 0");
        }
        if (office.minDaysBeforeHearing() != null && office.minDaysBeforeHearing() < 0) {
            problems.add(where + " has minDaysBeforeHearing " + office.minDaysBeforeHearing()
                    + "; it must be 0 or more days");
        }
    }

    private static String describe(Office office, int index) {
        String name = blank(office.code()) ? "" : " (" + office.code() + ")";
        return "Office " + (index + 1) + name;
    }

    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
