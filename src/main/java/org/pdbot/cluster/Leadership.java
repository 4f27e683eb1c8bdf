package org.pdbot.cluster;

/**
 * Who leads one namespace (a clinic's mailbox, its drop folder, the rounds that must run once), as a leader
 * sees it: the epoch it won and whether it still holds it. Work that only a leader may do checks
 * {@link #epoch()} against the database in the transaction that writes, so a leader that lost its lock without
 * knowing it (paused, its session killed) writes nothing.
 */
public interface Leadership {

    String namespace();

    boolean isLeader();

    /** The epoch this instance won the namespace with; 0 while it does not lead. */
    long epoch();
}
