package org.pdbot.casefile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the words a paralegal writes for where a case stands ("pending", "final order of removal entered in
 * absentia on 03/04/2015", "appeal pending at the BIA", "not in proceedings") as a {@link Posture}.
 */
final class PostureText {

    private static final Pattern NOT_IN_PROCEEDINGS = Pattern.compile(
            "\\bnot\\s+(?:yet\\s+)?in\\s+(?:removal\\s+)?proceedings|\\bno\\s+(?:nta|notice\\s+to\\s+appear)\\b"
                    + "|\\b(?:nta|notice\\s+to\\s+appear)\\s+(?:has\\s+)?(?:not|never)\\s+(?:yet\\s+|been\\s+)*(?:filed|issued|served)"
                    + "|\\bpre-?\\s?nta\\b|\\bnever\\s+(?:been\\s+)?(?:placed\\s+)?in\\s+proceedings|\\bno\\s+(?:removal\\s+)?proceedings",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIA_DECIDED = Pattern.compile(
            "\\b(?:bia|board)\\s+(?:has\\s+)?(?:dismissed|affirmed|denied)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIA = Pattern.compile(
            "\\bbia\\b|\\bboard\\s+of\\s+immigration\\s+appeals\\b|\\bon\\s+appeal\\b|\\bappeal\\s+(?:is\\s+)?pending"
                    + "|\\bpending\\s+appeal|\\bappealed\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FINAL_ORDER = Pattern.compile(
            "\\bfinal\\s+order|\\b(?:removal|deportation|exclusion)\\s+order|\\border(?:ed)?\\s+(?:of\\s+)?"
                    + "(?:removal|deportation|exclusion)|\\bordered\\s+(?:removed|deported|excluded)|\\bin\\s+absentia"
                    + "|\\bvoluntary\\s+departure\\b|\\breinstat\\w*|\\bexpedited\\s+removal", Pattern.CASE_INSENSITIVE);
    private static final Pattern PENDING = Pattern.compile(
            "\\bpending\\b|\\bactive\\b|\\bbefore\\s+the\\s+(?:immigration\\s+)?court|\\bmaster\\s+calendar"
                    + "|\\bindividual\\s+hearing|\\bin\\s+(?:removal\\s+)?proceedings|\\badmin\\w*\\.?\\s+clos\\w*"
                    + "|\\bon\\s+the\\s+docket|\\bscheduled\\b|\\bopen\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_IN_ABSENTIA = Pattern.compile("\\bnot\\s+(?:entered\\s+)?in\\s+absentia",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_ABSENTIA = Pattern.compile("\\bin\\s+absentia", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDER_KIND = Pattern.compile(
            "\\b(voluntary\\s+departure|expedited\\s+removal|reinstate\\w*|removal|deportation|exclusion)\\b",
            Pattern.CASE_INSENSITIVE);

    private PostureText() {
    }

    /** The stage the words name; empty when they name none. */
    static Optional<Posture.Stage> stage(String text) {
        if (NOT_IN_PROCEEDINGS.matcher(text).find()) {
            return Optional.of(Posture.Stage.NOT_IN_PROCEEDINGS);
        }
        if (BIA_DECIDED.matcher(text).find()) {
            return Optional.of(Posture.Stage.FINAL_ORDER);
        }
        if (BIA.matcher(text).find()) {
            return Optional.of(Posture.Stage.BIA);
        }
        if (FINAL_ORDER.matcher(text).find()) {
            return Optional.of(Posture.Stage.FINAL_ORDER);
        }
        if (PENDING.matcher(text).find()) {
            return Optional.of(Posture.Stage.PENDING);
        }
        for (Posture.Stage s : Posture.Stage.values()) {
            if (text.strip().replaceAll("[\\s-]+", "_").equalsIgnoreCase(s.name())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** TRUE for "in absentia", FALSE for "not in absentia", null when the words do not say. */
    static Boolean inAbsentia(String text) {
        if (NOT_IN_ABSENTIA.matcher(text).find()) {
            return false;
        }
        return IN_ABSENTIA.matcher(text).find() ? Boolean.TRUE : null;
    }

    /** "removal", "voluntary departure" … as written in lower case; null when the words name no kind of order. */
    static String orderKind(String text) {
        var m = ORDER_KIND.matcher(text);
        if (!m.find()) {
            return null;
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return kind.startsWith("reinstate") ? "reinstatement of a prior removal order" : kind;
    }
}
