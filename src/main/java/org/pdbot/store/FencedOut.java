package org.pdbot.store;

/**
 * This instance lost the leadership of the work it was doing (another instance took over while it was paused or
 * cut off): the transaction is rolled back and the work is left to the new leader. Not a failure of the work.
 */
public final class FencedOut extends RuntimeException {
    public FencedOut(String message) {
        super(message);
    }
}
