package org.pdbot.intake;

import org.pdbot.store.IntakeOutcome;

/**
 * Where each outcome puts an intake: IMAP folders of the clinic inbox for mail
 * ({@code pdbot.intake.folder.*}), and {@code done}/{@code failed} under the drop folder for files.
 */
public record IntakeFolders(String processed, String needsInfo, String quarantine, String replies,
                            String unmatched, String sent) {

    public IntakeFolders(String processed, String needsInfo, String quarantine, String replies, String unmatched) {
        this(processed, needsInfo, quarantine, replies, unmatched, "pdbot-sent");
    }

    public String mailFolder(IntakeOutcome outcome) {
        return switch (outcome) {
            case SUBMITTED, DRAFTED, REVIEW, DUPLICATE, OWN_NOTICE -> processed;
            case NEEDS_INFO -> needsInfo;
            case QUARANTINED -> quarantine;
            case REPLY -> replies;
            case UNMATCHED -> unmatched;
            case OWN_COPY -> sent;
        };
    }

    public static String fileFolder(IntakeOutcome outcome) {
        return switch (outcome) {
            case SUBMITTED, DRAFTED, REVIEW, DUPLICATE, REPLY, OWN_NOTICE, OWN_COPY -> "done";
            case NEEDS_INFO, QUARANTINED, UNMATCHED -> "failed";
        };
    }

    /** The outcome recorded for an intake, to file a re-delivered copy where the first one went. */
    static IntakeOutcome outcomeOf(String storedOutcome) {
        try {
            return IntakeOutcome.valueOf(storedOutcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            return IntakeOutcome.DUPLICATE;
        }
    }
}
