package org.pdbot.casefile;

import java.util.regex.Pattern;

/**
 * How a PD type stands to the one before it, from the words between them: "in the alternative", "or", "if
 * not", "failing that" make it a fallback; "then", "and then", "followed by", "upon reopening", "and" make it a
 * step that follows (or goes with) the one before. Without such words, the order of the two types decides: a
 * motion to reopen is followed by what it is for, a stipulation to relief by the waiver of appeal.
 */
final class PdRelations {

    private static final Pattern ALTERNATIVE = Pattern.compile(
            "\\bin\\W+the\\W+alternative\\b|\\balternative(?:ly)?\\b|\\bor\\b|\\bif\\W+not\\b|\\bfailing\\b"
                    + "|\\botherwise\\b|\\binstead\\b|\\bin\\W+lieu\\b|\\bfall\\W?back\\b|\\bsecond\\W+choice\\b"
                    + "|\\bif\\W+(?:opla|dhs|ice|the\\W+government|counsel|your\\W+office|you)\\W+(?:\\w+\\W+)?"
                    + "(?:declines?|will\\W+not|won't|does\\W+not|cannot|can't|is\\W+not|are\\W+not|prefers?|refuses?)"
                    + "|\\bshould\\W+(?:opla|dhs|ice|the\\W+government|your\\W+office|you)\\W+(?:decline|not|prefer)"
                    + "|\\bat\\W+(?:a\\W+)?minimum\\b|\\bat\\W+least\\b|\\bif\\W+that\\W+is\\W+not\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_THEN = Pattern.compile(
            "\\bthen\\b|\\bfollowed\\W+by\\b|\\bupon\\W+(?:reopening|reopen\\w*|the\\W+grant|grant\\w*|recalendar\\w*)"
                    + "|\\bonce\\b|\\bafter(?:wards?|\\W+which|\\W+that|\\W+reopening)?\\b|\\bthereafter\\b"
                    + "|\\bsubsequently\\b|\\bso\\W+that\\b|\\bin\\W+order\\W+to\\b|\\band\\b|&|\\bplus\\b"
                    + "|\\bas\\W+well\\W+as\\b|\\balso\\b|\\btogether\\W+with\\b|\\balong\\W+with\\b|\\bnext\\b"
                    + "|\\bwith\\b|\\bto\\W+be\\W+followed\\b",
            Pattern.CASE_INSENSITIVE);

    private PdRelations() {
    }

    static PdRelation between(String words, PdType before, PdType type) {
        if (ALTERNATIVE.matcher(words).find()) {
            return PdRelation.ALTERNATIVE;
        }
        if (AND_THEN.matcher(words).find()) {
            return PdRelation.AND_THEN;
        }
        return followsNaturally(before, type) ? PdRelation.AND_THEN : PdRelation.ALTERNATIVE;
    }

    /** Pairs that are steps of one request even when written only with a comma or a semicolon. */
    private static boolean followsNaturally(PdType before, PdType type) {
        return switch (before) {
            case JOIN_MTR -> type == PdType.DISMISS || type == PdType.TERMINATE || type == PdType.ADMIN_CLOSE
                    || type == PdType.STIP_RELIEF || type == PdType.CONTINUANCE;
            case STIP_RELIEF -> type == PdType.NO_APPEAL || type == PdType.STIP_BOND;
            case STIP_BOND -> type == PdType.STIP_RELIEF;
            default -> false;
        };
    }
}
