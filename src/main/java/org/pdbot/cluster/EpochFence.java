package org.pdbot.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.pdbot.store.Fence;
import org.pdbot.store.FencedOut;

/**
 * Lets a transaction write only while this instance leads the namespace in the epoch it won: the epoch in the
 * {@code leadership} table is read (and share-locked until commit, so a takeover waits for it) and compared.
 */
public final class EpochFence implements Fence {

    private final Leadership leadership;

    public EpochFence(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void check(Connection c) throws SQLException {
        long mine = leadership.epoch();
        if (mine == 0) {
            throw new FencedOut("this instance does not lead " + leadership.namespace());
        }
        try (PreparedStatement ps = c.prepareStatement("select epoch from leadership where namespace = ? for share")) {
            ps.setString(1, leadership.namespace());
            try (ResultSet rs = ps.executeQuery()) {
                long current = rs.next() ? rs.getLong(1) : 0;
                if (current != mine) {
                    throw new FencedOut("another instance leads " + leadership.namespace() + " since epoch " + current
                            + " (this one won epoch " + mine + ")");
                }
            }
        }
    }
}
