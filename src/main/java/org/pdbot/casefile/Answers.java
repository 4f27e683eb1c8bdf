package org.pdbot.casefile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Yes-or-no answers as people write them: "Yes", "true", "given 11/20/2026", "the client consents after
 * being advised", "not yet", "she has not consented". A leading yes or no decides; otherwise a negation
 * anywhere makes the answer no.
 */
final class Answers {

    private static final Pattern NO = Pattern.compile(
            "^(?:no|n|false|none|pending|unknown|tbd)\\b|\\b(?:not|never|declined|refused|refuses|withdrawn|without)\\b"
                    + "|n't\\b|\\bto\\s+be\\s+(?:obtained|filed|confirmed)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES = Pattern.compile(
            "^(?:yes|y|true)\\b|\\b(?:consents?|consented|agree[sd]?|given|gave|obtained|confirmed|correct|signed"
                    + "|informed|advised|understands|on\\s+file|attached|filed|received|done|in\\s+absentia)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEADING_YES = Pattern.compile("(?:yes|y|true)\\b", Pattern.CASE_INSENSITIVE);

    private Answers() {
    }

    /** TRUE or FALSE when the words answer yes or no; empty when they do not. */
    static Optional<Boolean> yesOrNo(String value) {
        String s = value.strip().replaceFirst("^[\\s\"'*_(\\[]+", "");
        // a leading yes or no is the answer, whatever the explanation after it says
        if (LEADING_YES.matcher(s).lookingAt()) {
            return Optional.of(true);
        }
        if (NO.matcher(s).find()) {
            return Optional.of(false);
        }
        if (YES.matcher(s).find()) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
