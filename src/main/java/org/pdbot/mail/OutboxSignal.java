package org.pdbot.mail;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tells the outbox that a mail was queued, so it is sent at once instead of at the next poll: the outbox
 * waits on this between rounds, and a committed enqueue wakes it. A wake-up while nobody waits is kept for
 * the next wait.
 */
public final class OutboxSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private boolean pending;
    private boolean closed;

    public void wake() {
        lock.lock();
        try {
            pending = true;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code max} for a wake-up; true when there was one (and consumes it). */
    public boolean await(Duration max) throws InterruptedException {
        long left = max.toNanos();
        lock.lock();
        try {
            while (!pending && !closed && left > 0) {
                left = queued.awaitNanos(left);
            }
            boolean woken = pending;
            pending = false;
            return woken;
        } finally {
            lock.unlock();
        }
    }

    /** pdbot is stopping: no round waits any more, so none holds up the shutdown. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a wake-up that arrived before a round that is about to look anyway. */
    public void clear() {
        lock.lock();
        try {
            pending = false;
        } finally {
            lock.unlock();
        }
    }
}
