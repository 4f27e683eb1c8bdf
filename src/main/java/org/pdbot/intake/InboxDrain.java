package org.pdbot.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pdbot.mail.ImapInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties the clinic inbox: reads a batch of mail ({@link ImapInbox}), hands each mail to the
 * {@link IntakeProcessor} on a few threads (mails of a batch do not depend on each other's order), and files the
 * batch by outcome. A mail whose handling threw stays in the inbox for the next drain and does not hold up the
 * others. A full batch is followed at once by the next one.
 * <p>
 * Two callers: the {@code intake-mail} route's timer ({@link #poll}) and the IDLE watcher ({@link #wake}). One drain
 * runs at a time; a call during a drain makes it run once more. After three failed polls in a row, timer polls
 * are skipped ({@code pdbot.intake.backoff-multiplier} of them) before the server is tried again.
 */
public final class InboxDrain implements AutoCloseable {

    /** What the health checks and metrics learn from the drains. */
    public interface Listener {
        void pollSucceeded();

        void pollFailed(Throwable error);

        void intakeDone(IntakeResult result, Duration took);

        void intakeFailed(Throwable error, Duration took);
    }

    private static final Logger log = LoggerFactory.getLogger(InboxDrain.class);
    private static final int BACKOFF_AFTER = 3;

    private final ImapInbox inbox;
    private final IntakeProcessor intake;
    private final Listener listener;
    private final ExecutorService workers;
    private final int backoffMultiplier;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private int failedInARow;
    private int skip;

    public InboxDrain(ImapInbox inbox, IntakeProcessor intake, Listener listener, int threads, int backoffMultiplier) {
        this.inbox = inbox;
        this.intake = intake;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), daemons());
        this.backoffMultiplier = Math.max(0, backoffMultiplier);
    }

    /** Drains are taken again (the intake-mail route started). */
    public void start() {
        stopped = false;
    }

    /** No new drain starts, and one under way ends after its batch (the intake-mail route stopped). */
    public void stop() {
        stopped = true;
    }

    /** The timer's call: drains now, unless the server kept failing and this poll is one to skip. */
    public void poll() {
        synchronized (this) {
            if (skip > 0) {
                skip--;
                log.debug("Poll skipped while the mail server is failing ({} more)", skip);
                return;
            }
        }
        drain();
    }

    /** The IDLE watcher's call: new mail arrived, drain now. */
    public void wake() {
        drain();
    }

    /** Runs drains until no call asked for another; returns at once when another thread is draining. */
    void drain() {
        again.set(true);
        while (again.get() && !stopped && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false) && !stopped) {
                    if (drainOnce()) {
                        again.set(true);
                    }
                }
            } finally {
                running.set(false);
            }
        }
    }

    /** One batch; true when the batch was full and more mail may be waiting. */
    private boolean drainOnce() {
        List<ImapInbox.Fetched> mails;
        try {
            mails = inbox.read();
        } catch (Exception | Error e) {
            inbox.disconnect();
            failed(e);
            return false;
        }
        Map<String, List<ImapInbox.Fetched>> byFolder = handleAll(mails);
        try {
            inbox.file(byFolder);
            inbox.release();
        } catch (Exception | Error e) {
            inbox.disconnect();
            failed(e);
            return false;
        }
        succeeded();
        int filed = byFolder.values().stream().mapToInt(List::size).sum();
        return !mails.isEmpty() && filed == mails.size() && mails.size() >= inbox.maxMessages();
    }

    /** Each mail through the intake processor, several at once; the mails to file, by folder. */
    private Map<String, List<ImapInbox.Fetched>> handleAll(List<ImapInbox.Fetched> mails) {
        List<Future<IntakeResult>> results = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (ImapInbox.Fetched mail : mails) {
            started.add(System.nanoTime());
            results.add(workers.submit(() -> intake.fromMail(mail.raw())));
        }
        Map<String, List<ImapInbox.Fetched>> byFolder = new LinkedHashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                IntakeResult r = results.get(i).get();
                listener.intakeDone(r, Duration.ofNanos(System.nanoTime() - started.get(i)));
                byFolder.computeIfAbsent(r.folder(), k -> new ArrayList<>()).add(mails.get(i));
            } catch (ExecutionException e) {
                // already counted against the mail by the processor: it stays in the inbox for the next drain
                listener.intakeFailed(e.getCause(), Duration.ofNanos(System.nanoTime() - started.get(i)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return byFolder;
    }

    private synchronized void succeeded() {
        failedInARow = 0;
        listener.pollSucceeded();
    }

    private synchronized void failed(Throwable e) {
        listener.pollFailed(e);
        if (++failedInARow >= BACKOFF_AFTER) {
            skip = backoffMultiplier;
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        inbox.close();
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "pdbot-intake-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
