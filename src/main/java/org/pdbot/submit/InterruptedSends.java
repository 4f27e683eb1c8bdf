package org.pdbot.submit;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.OutgoingMail;
import org.pdbot.mail.SentCopies;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pdbot.render.Templates;
import org.pdbot.store.AuditLog;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxMail;
import org.pdbot.store.OutboxStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles sends cut short by a crash or a broken connection (outbox mails POSSIBLY_SENT) by evidence, not by a
 * person. Every mail pdbot sends also goes to the clinic's archive mailbox in the same SMTP transaction, so the
 * archive copy exists exactly when the server accepted the mail (a notice addressed to the clinic inbox is its own
 * copy):
 * <ul>
 *   <li>the copy is found: the mail was sent (SENT);</li>
 *   <li>no copy after the grace period ({@code pdbot.outbox.resend-grace-ms}): the transaction never completed, so
 *       the mail is sent again, provided the archive demonstrably receives copies (the copy of another mail,
 *       preferably one sent before the interruption, is found there; the very first mail is trusted once without
 *       that proof). A failed proof is looked at again for three grace periods. A re-send cut short too is judged
 *       the same way, at most {@code pdbot.outbox.max-resends} times in all;</li>
 *   <li>no archive, one that demonstrably misses copies, one that cannot be searched for a grace period after the
 *       grace period, or re-sends used up: the mail stays POSSIBLY_SENT and the attorney (or, for mail about no
 *       request, the clinic inbox) gets one clear message with the evidence.</li>
 * </ul>
 * Run at start and then every {@code pdbot.outbox.evidence-check-ms} by the {@code outbox-evidence} route; with
 * several instances on one database it first takes over the sends of an instance whose lease ran out.
 */
public final class InterruptedSends {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSends.class);
    static final String NOTICE_KIND = "POSSIBLY_SENT_NOTICE";

    /** What one round did. */
    public record Round(int sentByEvidence, int resent, int leftForAPerson, int waiting) {
    }

    private final Database db;
    private final OutboxStore outbox;
    private final boolean shared;
    private final RequestStore requests;
    private final SentCopies copies;
    private final Duration grace;
    private final int maxResends;
    private final Templates templates;
    private final MailComposer composer;
    private final Outbox mailOutbox;
    private final MessageIds ids;
    private final String clinicInbox;
    private final Clock clock;
    private final Map<Long, Instant> unsearchableSince = new ConcurrentHashMap<>();

    /** @param shared other instances use the database too: their sends cut short are found by their leases */
    public InterruptedSends(Database db, OutboxStore outbox, boolean shared, RequestStore requests, SentCopies copies,
                            Duration grace,
                            int maxResends, Templates templates, MailComposer composer, Outbox mailOutbox,
                            MessageIds ids, String clinicInbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.shared = shared;
        this.requests = requests;
        this.copies = copies;
        this.grace = grace;
        this.maxResends = Math.max(0, maxResends);
        this.templates = templates;
        this.composer = composer;
        this.mailOutbox = mailOutbox;
        this.ids = ids;
        this.clinicInbox = clinicInbox;
        this.clock = clock;
    }

    public Round run() {
        if (shared) {
            // an instance that died mid-send left its mail SENDING: its lease has run out by now
            int flagged = outbox.flagInterruptedSends(OutboxStore.Interruption.EXPIRED);
            if (flagged > 0) {
                log.warn("{} mail(s) another instance was sending when it stopped are POSSIBLY_SENT until their"
                        + " archive copies tell", flagged);
            }
        }
        List<OutboxStore.Interrupted> open = outbox.interrupted();
        unsearchableSince.keySet().retainAll(open.stream().map(i -> i.mail().id()).toList());
        int sent = 0;
        int resent = 0;
        int left = 0;
        int waiting = 0;
        for (OutboxStore.Interrupted i : open) {
            OutboxMail m = i.mail();
            Instant now = clock.instant();
            boolean graceOver = !now.isBefore(i.sendingAt().plus(grace));
            if (!copies.available()) {
                left += leave(i, "no archive copy is kept (pdbot.outbox.archive-copy=none or no evidence folders), so "
                        + "pdbot cannot tell whether the server accepted it");
                continue;
            }
            Optional<String> found;
            Optional<String> cannot = Optional.empty();
            try {
                found = copies.find(m.messageId());
                unsearchableSince.remove(m.id());
                if (found.isEmpty() && graceOver) {
                    cannot = resendRefusal(i);
                }
            } catch (Exception e) {
                if (leftAfterSearchFailure(i, now, e)) {
                    left++;
                } else {
                    waiting++;
                }
                continue;
            }
            if (found.isPresent()) {
                if (outbox.markSentByEvidence(m.id(), "its archive copy is in " + found.get())) {
                    log.info("Outbox mail #{} ({}) was sent before pdbot stopped: its copy is in {}", m.id(), m.kind(),
                            found.get());
                    sent++;
                }
                continue;
            }
            if (!graceOver) {
                waiting++;
                continue;
            }
            if (cannot.isPresent() && now.isBefore(i.sendingAt().plus(grace.multipliedBy(3)))) {
                // the archive's proof may just lag (a copy being filed): look again before telling a person
                waiting++;
                continue;
            }
            if (cannot.isEmpty()) {
                String evidence = "no copy in " + copies.describe() + " " + Duration.between(i.sendingAt(), now).toSeconds()
                        + " s after the interrupted attempt";
                if (outbox.resend(m.id(), evidence)) {
                    log.info("Outbox mail #{} ({}) never reached the server ({}); sending it again", m.id(), m.kind(),
                            evidence);
                    resent++;
                }
            } else {
                left += leave(i, cannot.get());
            }
        }
        return new Round(sent, resent, left, waiting);
    }

    /**
     * Tells a person once the archive has been unsearchable long enough, and says whether it did. A search that
     * fails once (a dropped connection, a copy expunged mid-search) says nothing about the send; only failures
     * lasting a grace period after the grace period do. Held in memory: after a restart the archive gets a fresh
     * grace period.
     */
    private boolean leftAfterSearchFailure(OutboxStore.Interrupted i, Instant now, Exception e) {
        log.warn("Cannot search the archive for outbox mail #{} now: {}", i.mail().id(), e.toString());
        Instant since = unsearchableSince.computeIfAbsent(i.mail().id(), id -> now);
        if (now.isBefore(i.sendingAt().plus(grace)) || now.isBefore(since.plus(grace))) {
            return false;
        }
        leave(i, "the archive (" + copies.describe() + ") could not be searched: " + e.getMessage());
        return true;
    }

    /** Empty when sending again is safe; else why not, in words. Throws when the archive cannot be searched. */
    private Optional<String> resendRefusal(OutboxStore.Interrupted i) throws Exception {
        if (maxResends == 0) {
            return Optional.of("no copy in " + copies.describe() + "; pdbot does not send it again on its own"
                    + " (pdbot.outbox.max-resends=0)");
        }
        if (i.resends() >= maxResends) {
            return Optional.of("no copy in " + copies.describe() + ", and it was already sent again " + i.resends()
                    + " time(s) (pdbot.outbox.max-resends)");
        }
        // the archive must demonstrably receive copies: the copy of another mail sent normally is there,
        // preferably one sent before the interruption: its copy has long been delivered and filed
        Optional<String> other = outbox.sentBefore(i.sendingAt(), i.mail().id())
                .or(() -> outbox.sentAfter(Instant.EPOCH, i.mail().id()));
        if (other.isEmpty()) {
            return i.resends() == 0 ? Optional.empty()
                    : Optional.of("no copy in " + copies.describe() + ", and no other mail proves the archive receives copies");
        }
        if (copies.find(other.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no copy in " + copies.describe() + ", but the copy of " + other.get()
                + " (sent normally) is missing too: the archive does not seem to receive copies");
    }

    /** Tells a person once; returns 1 (it stays POSSIBLY_SENT). */
    private int leave(OutboxStore.Interrupted i, String evidence) {
        if (i.notified()) {
            return 1;
        }
        OutboxMail m = i.mail();
        Optional<RequestRecord> request = m.requestId() == null ? Optional.empty() : requests.byId(m.requestId());
        String to = request.map(RequestRecord::attorneyEmail).filter(a -> a != null && !a.isBlank()).orElse(clinicInbox);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", m.kind());
        model.put("messageId", m.messageId());
        model.put("recipients", m.recipients());
        model.put("interruptedAt", i.sendingAt().toString());
        model.put("evidence", evidence);
        model.put("resends", i.resends());
        model.put("outboxId", m.id());
        request.ifPresent(r -> {
            model.put("aNumber", "A" + r.aNumber().substring(0, 3) + "-" + r.aNumber().substring(3, 6) + "-"
                    + r.aNumber().substring(6));
            model.put("name", r.clientName());
            model.put("officeAddress", r.officeAddress());
            model.put("reference", r.reference());
        });
        db.inTransaction(c -> {
            OutgoingMail notice = new OutgoingMail(clinicInbox, List.of(to), List.of(),
                    templates.render("possibly-sent-subject.ftl", model).strip(),
                    templates.render("possibly-sent.txt.ftl", model), null, List.of(), ids.newMessageId(), null,
                    List.of(), Map.of("Auto-Submitted", "auto-generated", "X-Auto-Response-Suppress", "All"), List.of());
            try {
                mailOutbox.enqueue(c, NOTICE_KIND, m.intakeId(), m.requestId(), composer.compose(notice),
                        notice.recipients());
            } catch (MessagingException e) {
                throw new java.sql.SQLException("Cannot compose the POSSIBLY_SENT notice: " + e.getMessage(), e);
            }
            outbox.markNotified(c, m.id(), evidence);
            AuditLog.record(c, m.intakeId(), m.requestId(), NOTICE_KIND, m.messageId() + ": " + evidence);
            return null;
        });
        log.warn("Outbox mail #{} ({}) stays POSSIBLY_SENT: {}; {} was told", m.id(), m.kind(), evidence, to);
        return 1;
    }
}
