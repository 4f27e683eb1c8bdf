package org.pdbot.store;

import java.util.List;

/**
 * What a stage made of one intake: the outcome recorded with it, the detail a person reads in the database
 * ({@code ./pdbot status}, the dashboard), and the reasons given back to whoever handed the intake in (the drop
 * folder's {@code .reason.txt}, the CLI).
 */
public record Outcome(IntakeOutcome kind, String detail, List<String> reasons) {

    public Outcome {
        reasons = List.copyOf(reasons);
    }

    /** The reasons are the detail too. */
    public static Outcome of(IntakeOutcome kind, List<String> reasons) {
        return new Outcome(kind, String.join("\n", reasons), reasons);
    }

    public static Outcome of(IntakeOutcome kind, String reason) {
        return of(kind, List.of(reason));
    }
}
