package org.pdbot.intake;

import java.util.Map;

/**
 * Where each outcome puts an intake: IMAP folders of the clinic inbox for mail
 * ({@code pdbot.intake.folder.*}), and {@code done}/{@code failed} under the drop folder for files.
 */
public record IntakeFolders(String processed, String needsInfo, String quarantine) {

    public String mailFolder(IntakeOutcome outcome) {
        return switch (outcome) {
            case SUBMITTED, DUPLICATE -> processed;
            case NEEDS_INFO -> needsInfo;
            case QUARANTINED -> quarantine;
        };
    }

    public static String fileFolder(IntakeOutcome outcome) {
        return switch (outcome) {
            case SUBMITTED, DUPLICATE -> "done";
            case NEEDS_INFO, QUARANTINED -> "failed";
        };
    }

    /** The outcome a folder stands for, to send a re-delivered intake where the first copy went. */
    static IntakeOutcome outcomeOf(String storedOutcome) {
        return Map.of("SUBMITTED", IntakeOutcome.SUBMITTED, "NEEDS_INFO", IntakeOutcome.NEEDS_INFO,
                "QUARANTINED", IntakeOutcome.QUARANTINED).getOrDefault(storedOutcome, IntakeOutcome.DUPLICATE);
    }
}
