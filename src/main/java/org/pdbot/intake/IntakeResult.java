package org.pdbot.intake;

import org.pdbot.store.IntakeOutcome;

import java.util.List;

/**
 * What became of one intake.
 *
 * @param folder   where the intake goes now: an IMAP folder for mail, a sub-folder of the drop folder for files;
 *                 null for a mail that is already filed there (its left-over copy in the inbox is deleted)
 * @param problems the reasons, in plain words, when it was not submitted
 */
public record IntakeResult(long intakeId, IntakeOutcome outcome, String folder, List<String> problems) {

    public IntakeResult {
        problems = List.copyOf(problems);
    }

    /** A mail already in its outcome folder (filing was interrupted after the copy): delete this copy. */
    public boolean alreadyFiled() {
        return folder == null;
    }

    public String reason() {
        return problems.isEmpty() ? outcome.name() : outcome + ":\n- " + String.join("\n- ", problems);
    }
}
