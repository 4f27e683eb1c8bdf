package org.pdbot.submit;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.OutboxSignal;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.pdbot.mail.FixedIdMimeMessage;
import org.pdbot.mail.UncertainDelivery;
import org.pdbot.store.OutboxMail;
import org.pdbot.store.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox route's bean: claims due mails (waiting, when there are none, until one is queued or the poll
 * interval has passed), hands each to the SMTP endpoint as a finished MimeMessage (with a Bcc to the
 * clinic's archive mailbox), and records what happened with the server's final reply. The route checks the SMTP
 * connection before {@link #load} marks a mail SENDING, so a server that is down never leaves a mail in doubt.
 * A temporary failure is retried with growing pauses; a permanent refusal (5xx) is recorded on the case and not
 * retried.
 *
 * <p>Longer than most: claiming, sending and recording one mail share the send's state and its failure rules
 * (retry, backoff, permanent refusal), which must stay together to stay crash-safe.
 */
public final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int RECORD_ATTEMPTS = 3;

    private final OutboxStore store;
    private final Session session;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final OutboxSignal signal;
    private final Duration idleWait;
    private final Clock clock;
    private final String archiveCopy;
    /** The mail the server accepted last, not yet recorded SENT (the outbox route is this sender's one caller). */
    private volatile Accepted unrecorded;

    private record Accepted(OutboxMail mail, String serverReply) {
    }

    /**
     * @param signal   woken when a mail is queued
     * @param idleWait how long one round waits for that before it ends empty ({@code pdbot.outbox.poll-ms}):
     *                 mail due for a retry is seen at the latest this long after it became due
     */
    public OutboxSender(OutboxStore store, Session session, int batchSize, int maxAttempts, Duration firstRetry,
                        Duration maxRetry, OutboxSignal signal, Duration idleWait) {
        this(store, session, batchSize, maxAttempts, firstRetry, maxRetry, signal, idleWait, Clock.systemUTC(), null);
    }

    /** As above, with the clock the {@code Date:} header is read from. */
    public OutboxSender(OutboxStore store, Session session, int batchSize, int maxAttempts, Duration firstRetry,
                        Duration maxRetry, OutboxSignal signal, Duration idleWait, Clock clock) {
        this(store, session, batchSize, maxAttempts, firstRetry, maxRetry, signal, idleWait, clock, null);
    }

    /** @param archiveCopy the clinic's archive mailbox every mail also goes to ({@code pdbot.outbox.archive-copy}), or null */
    public OutboxSender(OutboxStore store, Session session, int batchSize, int maxAttempts, Duration firstRetry,
                        Duration maxRetry, OutboxSignal signal, Duration idleWait, String archiveCopy) {
        this(store, session, batchSize, maxAttempts, firstRetry, maxRetry, signal, idleWait, Clock.systemUTC(),
                archiveCopy);
    }

    /**
     * @param clock       the clock the {@code Date:} header is read from
     * @param archiveCopy the clinic's archive mailbox every mail also goes to, or null
     */
    public OutboxSender(OutboxStore store, Session session, int batchSize, int maxAttempts, Duration firstRetry,
                        Duration maxRetry, OutboxSignal signal, Duration idleWait, Clock clock, String archiveCopy) {
        this.clock = clock;
        this.archiveCopy = archiveCopy == null || archiveCopy.isBlank() ? null : archiveCopy.strip();
        this.signal = signal;
        this.idleWait = idleWait;
        this.store = store;
        this.session = session;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    public List<OutboxMail> claim() {
        signal.clear(); // this round looks anyway; a mail queued from here on wakes the wait below
        List<OutboxMail> due = store.claimDue(batchSize);
        if (due.isEmpty()) {
            flush(); // no next mail to record it with: the one accepted last is recorded now
        }
        try {
            if (due.isEmpty() && signal.await(idleWait)) {
                due = store.claimDue(batchSize);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // pdbot is stopping: an empty round
        }
        return due;
    }

    /**
     * The mail exactly as it was written at intake time, with its Message-ID kept, once it is marked SENDING
     * (the route hands it to SMTP right after this). Its {@code Date:} is now, the moment it is sent (also on a
     * retry after an outage), not when it was queued.
     */
    public MimeMessage load(OutboxMail mail) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMimeMessage(session, new SharedFileInputStream(Path.of(mail.emlPath()).toFile()));
        if (archiveCopy != null && !addressedTo(message, archiveCopy)) {
            // the clinic's own copy, in the same SMTP transaction: it exists exactly when the server took the mail
            // (a notice to the archive mailbox itself is its own copy)
            message.addRecipient(Message.RecipientType.BCC, new InternetAddress(archiveCopy));
        }
        if (!markSending(mail)) {
            throw new NoLongerPending(mail);
        }
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /** The archive address every mail is also sent to (Bcc), or null when none is kept. */
    public String archiveCopy() {
        return archiveCopy;
    }

    private static boolean addressedTo(MimeMessage m, String address) throws MessagingException {
        jakarta.mail.Address[] all = m.getAllRecipients();
        if (all != null) {
            for (jakarta.mail.Address a : all) {
                if (a instanceof InternetAddress ia && address.equalsIgnoreCase(ia.getAddress())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** pdbot is stopping: rounds no longer wait for mail to be queued. */
    public void stopWaiting() {
        signal.close();
    }

    /** Marks the mail SENDING, in the same commit that records the one sent before it when that is still open. */
    private boolean markSending(OutboxMail next) {
        Accepted before = unrecorded;
        if (before == null) {
            return store.markSending(next.id());
        }
        unrecorded = null;
        try {
            boolean marked = store.markSentThenSending(before.mail().id(), before.serverReply(), next.id());
            logSent(before.mail(), before.serverReply());
            return marked;
        } catch (RuntimeException e) {
            log.warn("Recording {} #{} as sent with the next mail failed: {}; recording it alone", before.mail().kind(),
                    before.mail().id(), e.toString());
            sent(before.mail(), before.serverReply());
            return store.markSending(next.id());
        }
    }

    /**
     * The server accepted the mail (the route's call): it is recorded SENT in the commit that marks the next mail
     * SENDING, in this round or the next, or as soon as a round finds nothing more to send ({@link #claim}), so a
     * stream of n mails takes about n + 1 commits rather than 2n. A crash before that commit leaves it SENDING,
     * which its archive copy settles as SENT at the next start, exactly as a crash just after the send always did.
     */
    public void accepted(OutboxMail mail, String serverReply) {
        flush();
        unrecorded = new Accepted(mail, serverReply);
    }

    /**
     * Records the mail accepted last, if not yet done: when a round finds nothing more to send, before a failure is
     * recorded, and when pdbot stops.
     */
    public void flush() {
        Accepted open = unrecorded;
        if (open != null) {
            unrecorded = null;
            sent(open.mail(), open.serverReply());
        }
    }

    public void sent(OutboxMail mail) {
        sent(mail, null);
    }

    /**
     * Sent; {@code serverReply} is the SMTP server's final reply (with its queue id), recorded with the mail. The
     * server has the mail now, so recording it is tried a few times: it must never go back to PENDING.
     */
    public void sent(OutboxMail mail, String serverReply) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.markSent(mail.id(), serverReply);
                break;
            } catch (RuntimeException e) {
                if (attempt == RECORD_ATTEMPTS) {
                    throw e;
                }
                log.warn("Recording {} #{} as sent failed (attempt {}): {}", mail.kind(), mail.id(), attempt, e.toString());
                pause(attempt * 250L);
            }
        }
        logSent(mail, serverReply);
    }

    private static void logSent(OutboxMail mail, String serverReply) {
        log.info("Sent {} #{} to {}{}", mail.kind(), mail.id(), mail.recipients(),
                serverReply == null ? "" : " (server: " + serverReply + ")");
    }

    public void failed(OutboxMail mail, Exception error) {
        failed(mail, error, false);
    }

    /**
     * A send that did not end in {@link #sent}. {@code accepted}: the SMTP server had already taken the mail (only
     * recording it failed), so it stays SENDING and is settled by its archive copy at the next start; never retried.
     * A connection that broke after the content went out ({@link UncertainDelivery}) leaves it POSSIBLY_SENT, settled
     * the same way. Anything else happened before the server could take the mail: retried, or given up on.
     */
    public void failed(OutboxMail mail, Exception error, Boolean accepted) {
        flush();
        if (error instanceof NoLongerPending) {
            log.debug("{}", error.getMessage()); // another sender has it, or a person settled it: not ours to retry
            return;
        }
        String reason = describe(error);
        if (Boolean.TRUE.equals(accepted)) {
            log.error("{} #{} reached the server but could not be recorded as sent: {}; it is not sent again, and its"
                    + " archive copy settles it when pdbot next starts", mail.kind(), mail.id(), reason);
            return;
        }
        if (UncertainDelivery.in(error)) {
            if (store.markPossiblySent(mail.id(), reason)) {
                log.warn("{} #{} may or may not have reached the server ({}): POSSIBLY_SENT until its archive copy"
                        + " tells", mail.kind(), mail.id(), reason);
            }
            return;
        }
        if (isPermanent(error) || mail.attempts() >= maxAttempts) {
            store.markFailed(mail.id(), reason);
            log.error("Giving up on {} #{} after {} attempt(s): {}", mail.kind(), mail.id(), mail.attempts(), reason);
        } else {
            Duration wait = backoff(mail.attempts());
            store.markForRetry(mail.id(), reason, wait);
            log.warn("Could not send {} #{} (attempt {}), retrying in {}s: {}", mail.kind(), mail.id(),
                    mail.attempts(), wait.toSeconds(), reason);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Duration backoff(int attempts) {
        Duration d = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }

    static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                    && s.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 1500; t = t.getCause()) {
            if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
                sb.append(sb.isEmpty() ? "" : ": ").append(t.getMessage().strip());
            }
        }
        return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
    }

    /** The mail was taken by another sender, or settled, between being claimed and being marked SENDING. */
    static final class NoLongerPending extends IllegalStateException {
        NoLongerPending(OutboxMail mail) {
            super("Outbox mail #" + mail.id() + " is no longer pending");
        }
    }
}
