package org.pdbot.intake;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pdbot.store.Decision;
import org.pdbot.store.FencedOut;
import org.pdbot.store.IntakeFailures;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.RawStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A poison intake (one whose handling always throws) must not be retried forever: each failure is counted
 * against its content, and after {@code maxAttempts} it is quarantined with the last error, so the rest of the
 * inbox goes on. Until then the error goes back to the caller, which leaves the mail for the next poll.
 */
final class PoisonGuard {

    private static final Logger log = LoggerFactory.getLogger(PoisonGuard.class);

    interface Handling {
        IntakeResult run() throws IOException, MessagingException;
    }

    private final IntakeStore intakes;
    private final IntakeFailures failures;
    private final IntakeRecorder recorder;
    private final int maxAttempts;

    PoisonGuard(IntakeStore intakes, IntakeFailures failures, IntakeRecorder recorder, int maxAttempts) {
        this.intakes = intakes;
        this.failures = failures;
        this.recorder = recorder;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    IntakeResult guarded(RawStore.Stored stored, String source, Handling handling)
            throws IOException, MessagingException {
        try {
            return handling.run();
        } catch (FencedOut e) {
            throw e; // the new leader takes the mail over: not a failure of the mail
        } catch (IOException | MessagingException | RuntimeException e) {
            Optional<IntakeRecord> known = intakes.findSeen(stored.sha256(), null);
            int failed = failures.record(stored.sha256(), known.map(IntakeRecord::id).orElse(null), e.toString());
            if (failed < maxAttempts) {
                log.warn("Intake from {} failed (attempt {} of {}), will be tried again: {}",
                        source.toLowerCase(Locale.ROOT), failed, maxAttempts, e.toString());
                throw e;
            }
            IntakeRecord r = known.orElseGet(() -> intakes.insert(source, null, stored.sha256(), null, null,
                    stored.file().toString(), Instant.now()));
            String reason = "Processing failed " + failed + " times; quarantined. Last error: " + e;
            log.error("Intake #{} quarantined after {} failed attempts: {}", r.id(), failed, e.toString());
            recorder.record(r, Decision.of(IntakeOutcome.QUARANTINED, reason));
            return new IntakeResult(r.id(), IntakeOutcome.QUARANTINED, null, List.of(reason));
        }
    }
}
