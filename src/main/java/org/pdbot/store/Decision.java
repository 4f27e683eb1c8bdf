package org.pdbot.store;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A stage's answer for one intake: the writes that go with its outcome, run by the intake's recorder in the one
 * transaction that also records the outcome, so that an intake is either wholly handled or not at all. The slow
 * work (reading a case, making a packet) is done before; {@link #decide} reads what the database holds now.
 */
@FunctionalInterface
public interface Decision {

    /** A mail that cannot be composed rolls the whole intake back, like a failed write. */
    Outcome decide(Connection c) throws SQLException, MessagingException;

    /** Called instead of {@link #decide} when the intake turned out to be handled already: drop what was made. */
    default void abandon() {
    }

    /** An outcome with nothing else to write. */
    static Decision of(Outcome outcome) {
        return c -> outcome;
    }

    static Decision of(IntakeOutcome kind, String reason) {
        return of(Outcome.of(kind, reason));
    }
}
