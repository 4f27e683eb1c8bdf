package org.pdbot.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.pdbot.mail.InboundHeaders;
import org.pdbot.store.AuditLog;
import org.pdbot.store.Database;
import org.pdbot.store.Decision;
import org.pdbot.store.Fence;
import org.pdbot.store.FencedOut;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.Outcome;
import org.pdbot.store.RawStore;
import org.pdbot.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts intakes and records their one outcome. A stage's {@link Decision} runs here, in the same transaction as
 * the outcome it leads to: an intake is wholly handled or not at all, and one that another copy of the same mail
 * finished meanwhile is a duplicate, its decision abandoned. Decisions change shared state (a draft, a request's
 * status, the outbox), so they are taken one at a time; everything slow happens before, in the stages.
 */
final class IntakeRecorder {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecorder.class);

    private final Database db;
    private final IntakeStore intakes;
    private final ReentrantLock deciding = new ReentrantLock();

    IntakeRecorder(Database db, IntakeStore intakes) {
        this.db = db;
        this.intakes = intakes;
    }

    /**
     * Starts an intake, or finds the earlier one for the same content or Message-ID; one thread at a time here,
     * and an instance that inserted the same content a moment before (a leadership handover) is found instead.
     */
    synchronized IntakeRecord begin(RawStore.Stored stored, String source, String messageId, String sender,
                                    String subject) {
        return intakes.findSeen(stored.sha256(), messageId).orElseGet(() -> {
            IntakeRecord r;
            try {
                r = intakes.insert(source, messageId, stored.sha256(), sender, subject, stored.file().toString(),
                        Instant.now());
            } catch (StoreException e) {
                return intakes.findSeen(stored.sha256(), messageId).orElseThrow(() -> e);
            }
            log.info("Intake #{} received from {} ({})", r.id(), source.toLowerCase(Locale.ROOT),
                    InboundHeaders.masked(sender));
            return r;
        });
    }

    java.util.Optional<IntakeRecord> findSeen(RawStore.Stored stored, String messageId) {
        return intakes.findSeen(stored.sha256(), messageId);
    }

    /** As {@link #record(IntakeRecord, Decision, Fence)}, for an instance alone on its database. */
    IntakeResult record(IntakeRecord intake, Decision decision) {
        return record(intake, decision, Fence.NONE);
    }

    /**
     * Runs the decision and records its outcome in one transaction, unless the intake already has one, and only
     * while {@code fence} lets this instance write ({@link FencedOut} otherwise, with nothing written).
     */
    IntakeResult record(IntakeRecord intake, Decision decision, Fence fence) {
        Outcome outcome;
        deciding.lock();
        try {
            outcome = db.inTransaction(c -> {
                String earlier = IntakeStore.lockOutcome(c, intake.id());
                if (earlier != null) {
                    return null;
                }
                fence.check(c);
                Outcome o;
                try {
                    o = decision.decide(c);
                } catch (jakarta.mail.MessagingException e) {
                    throw new SQLException("Cannot compose a mail for intake #" + intake.id() + ": " + e.getMessage(), e);
                }
                IntakeStore.finish(c, intake.id(), o.kind().name(), o.detail());
                return o;
            });
        } finally {
            deciding.unlock();
        }
        if (outcome == null) {
            decision.abandon();
            return duplicate(intakes.byId(intake.id()).orElse(intake));
        }
        // the reasons can quote a file name, a sender or a value, i.e. a client's name: they stay in the database
        log.info("Intake #{} {} ({} reason(s) recorded)", intake.id(), outcome.kind().name().toLowerCase(Locale.ROOT),
                outcome.reasons().size());
        return new IntakeResult(intake.id(), outcome.kind(), null, outcome.reasons());
    }

    /** A copy of an intake handled before: nothing is done again, and it is filed where the first one went. */
    IntakeResult duplicate(IntakeRecord earlier) {
        new AuditLog(db).record(earlier.id(), null, "DUPLICATE", "delivered again; handled before as " + earlier.outcome());
        log.info("Intake #{} seen again; it was handled before ({})", earlier.id(), earlier.outcome());
        IntakeOutcome first = IntakeFolders.outcomeOf(earlier.outcome());
        return new IntakeResult(earlier.id(), first, null,
                List.of("Already handled as intake #" + earlier.id() + " (" + earlier.outcome() + ")"));
    }
}
