package org.pdbot.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A check, inside the transaction that writes, that this instance may still do the work: it still leads the
 * namespace the work belongs to ({@code cluster.EpochFence}). Throws {@link FencedOut} when it no longer does.
 */
@FunctionalInterface
public interface Fence {

    /** The only instance on its database: nothing to check. */
    Fence NONE = c -> { };

    void check(Connection c) throws SQLException;
}
