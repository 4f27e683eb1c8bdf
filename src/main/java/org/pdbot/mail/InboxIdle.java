package org.pdbot.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.component.mail.MailAuthenticator;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the clinic inbox with IMAP IDLE on a connection of its own and calls {@code wake} as soon as the server
 * reports new mail, so a mail is picked up without waiting for the next poll. It runs on a daemon thread that
 * reconnects after errors with growing pauses, between {@link #start} and {@link #stop}. Polling goes on
 * regardless: a server without IDLE, or a lost connection, only makes pickup slower (mail that came while it
 * was not watching is left to the next poll). Switched off with {@code pdbot.intake.idle=false}.
 */
public final class InboxIdle {

    private static final Logger log = LoggerFactory.getLogger(InboxIdle.class);
    /** An IDLE is renewed (by reconnecting) after this long without a word from the server; RFC 2177 allows 29 min. */
    private static final long IDLE_READ_TIMEOUT_MS = 5 * 60_000;
    private static final long FIRST_PAUSE_MS = 1000;
    private static final long MAX_PAUSE_MS = 60_000;

    private final MailEndpoints endpoints;
    private final MailAuthenticator authenticator;
    private final Runnable wake;
    private final boolean enabled;
    private Thread thread;
    private volatile boolean running;
    private volatile Store store;
    private volatile boolean watching;

    public InboxIdle(MailEndpoints endpoints, MailAuthenticator authenticator, Runnable wake, boolean enabled) {
        this.endpoints = endpoints;
        this.authenticator = authenticator;
        this.wake = wake;
        this.enabled = enabled;
    }

    /** True while an IDLE connection is open and waiting for news (for tests and diagnostics). */
    public boolean watching() {
        return watching;
    }

    public synchronized void start() {
        if (!enabled || thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "pdbot-inbox-idle");
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
            running = false;
        }
        if (t == null) {
            return;
        }
        close(store);
        t.interrupt();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long pause = FIRST_PAUSE_MS;
        while (running) {
            try {
                if (!watch()) {
                    return;
                }
                pause = FIRST_PAUSE_MS;
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.debug("IMAP IDLE connection lost, reconnecting in {} ms: {}", pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            } finally {
                watching = false;
                close(store);
                store = null;
            }
        }
    }

    /** Idles until stopped or the connection breaks; false when the server cannot IDLE at all. */
    private boolean watch() throws MessagingException {
        Store s = endpoints.connectImap(authenticator, IDLE_READ_TIMEOUT_MS);
        store = s;
        if (!running) {
            return false;
        }
        if (!((IMAPStore) s).hasCapability("IDLE")) {
            log.info("The mail server does not support IMAP IDLE: new mail is picked up by polling only");
            return false;
        }
        IMAPFolder inbox = (IMAPFolder) s.getFolder(endpoints.imapFolder());
        inbox.open(Folder.READ_ONLY);
        AtomicBoolean arrived = new AtomicBoolean();
        inbox.addMessageCountListener(new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent e) {
                arrived.set(true);
            }
        });
        int known = inbox.getMessageCount();
        while (running) {
            watching = true;
            inbox.idle(true);
            int now = inbox.getMessageCount();
            if (running && (now > known || arrived.getAndSet(false))) {
                wake.run();
            }
            known = now;
        }
        return true;
    }

    private static void close(Store s) {
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the IDLE connection failed: {}", e.toString());
            }
        }
    }
}
