package org.pdbot.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pdbot.check.Finding;
import org.pdbot.check.Severity;

/**
 * What would differ, apart from the date, between the request a draft showed and the same request made again
 * at approval: the compliance findings, the letter's text and the office. Each change is one sentence for the
 * attorney. Findings are compared by rule, not by wording, since some wordings count days to the hearing.
 */
final class DraftChanges {

    private static final int QUOTE = 160;

    private DraftChanges() {
    }

    /** Findings the draft did not have: a rule now failing (blocking or not). */
    static List<String> newFindings(List<Finding> before, List<Finding> now) {
        return missingFrom(before, now).stream()
                .map(f -> (f.severity() == Severity.BLOCKING ? "Now blocking: " : "New warning: ") + f.message())
                .toList();
    }

    /** Findings of the draft no longer found: worth saying alongside other changes, no reason to hold a request. */
    static List<String> goneFindings(List<Finding> before, List<Finding> now) {
        return missingFrom(now, before).stream().map(f -> "No longer found: " + f.message()).toList();
    }

    /** The findings of {@code these} that {@code base} does not have, rule by rule (each occurrence counts). */
    private static List<Finding> missingFrom(List<Finding> base, List<Finding> these) {
        Map<String, Integer> left = new HashMap<>();
        base.forEach(f -> left.merge(key(f), 1, Integer::sum));
        List<Finding> missing = new ArrayList<>();
        for (Finding f : these) {
            if (left.merge(key(f), -1, Integer::sum) < 0) {
                missing.add(f);
            }
        }
        return missing;
    }

    /**
     * {@code before} is the draft's letter; {@code now} the letter made again on the draft's own date, so the date
     * cannot be what differs.
     */
    static Optional<String> letter(String before, String now) {
        if (before.equals(now)) {
            return Optional.empty();
        }
        List<String> a = before.lines().toList();
        List<String> b = now.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        String was = quote(String.join(" ", a.subList(start, endA)));
        String is = quote(String.join(" ", b.subList(start, endB)));
        return Optional.of("The letter's text would change (the case, the clinic settings or the templates changed "
                + "since the draft was made): " + (was.isEmpty() ? "" : "\u201c" + was + "\u201d ")
                + (is.isEmpty() ? "would be removed." : (was.isEmpty() ? "\u201c" + is + "\u201d would be added."
                : "would now read \u201c" + is + "\u201d.")));
    }

    static Optional<String> office(String draftRecipients, String officeName, String pdAddress) {
        if (draftRecipients != null && draftRecipients.strip().equalsIgnoreCase(pdAddress.strip())) {
            return Optional.empty();
        }
        return Optional.of("The request would now go to OPLA " + officeName + " <" + pdAddress + ">, not to "
                + draftRecipients + " (the office directory changed since the draft was made).");
    }

    private static String key(Finding f) {
        return f.severity() + " " + f.code().toUpperCase(Locale.ROOT);
    }

    private static String quote(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= QUOTE ? one : one.substring(0, QUOTE - 1) + "…";
    }
}
