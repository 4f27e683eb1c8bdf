package org.pdbot.intake;

import java.util.List;

/**
 * What became of one intake.
 *
 * @param folder   where the intake goes now: an IMAP folder for mail, a sub-folder of the drop folder for files
 * @param problems the reasons, in plain words, when it was not submitted
 */
public record IntakeResult(long intakeId, IntakeOutcome outcome, String folder, List<String> problems) {

    public IntakeResult {
        problems = List.copyOf(problems);
    }

    public String reason() {
        return problems.isEmpty() ? outcome.name() : outcome + ":\n- " + String.join("\n- ", problems);
    }
}
