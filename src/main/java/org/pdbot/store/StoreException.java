package org.pdbot.store;

import java.sql.SQLException;

/** The database failed; the message names what SQL said. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }
}
