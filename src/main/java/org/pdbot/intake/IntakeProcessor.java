package org.pdbot.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.pdbot.mail.InboundHeaders;
import org.pdbot.mail.InboundMail;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.store.Database;
import org.pdbot.store.Decision;
import org.pdbot.store.Fence;
import org.pdbot.store.IntakeFailures;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.RawStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every intake takes, whether it came from the inbox or the drop folder: keep the raw input,
 * recognise a re-delivery, {@link Triage triage} it, hand it to the stage for its kind (the {@code intake-stage}
 * route chooses it), and record the stage's decision with its outcome in one transaction ({@link IntakeRecorder}).
 * This class knows none of the stages.
 */
public final class IntakeProcessor {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    /** What the stage for a mail's kind makes of it (the {@code intake-stage} route: {@link RoutedStages}). */
    public interface Stages {
        Decision decide(Triage.Verdict verdict, InboundMail mail);
    }

    /** The stage for a case file from the drop folder: its id, the kept copy, and where it was dropped. */
    public interface CaseFileStage {
        Decision handle(long intakeId, Path kept, Path original);
    }

    private final RawStore raw;
    private final IntakeFolders folders;
    private final Triage triage;
    private final Stages stages;
    private final CaseFileStage caseFiles;
    private final IntakeRecorder recorder;
    private final PoisonGuard poison;
    private final Session session = Session.getInstance(sessionProperties());
    private final Object[] handling = locks(16);
    private volatile Fence mailFence = Fence.NONE;
    private volatile Fence fileFence = Fence.NONE;

    /**
     * @param stages      the stage for each kind of mail
     * @param maxAttempts how often one intake may fail before it is quarantined ({@code pdbot.intake.max-attempts})
     */
    public IntakeProcessor(Database db, RawStore raw, IntakeStore intakes, IntakeFolders folders, Triage triage,
                           Stages stages, CaseFileStage caseFiles, int maxAttempts) {
        this.raw = raw;
        this.folders = folders;
        this.triage = triage;
        this.stages = stages;
        this.caseFiles = caseFiles;
        this.recorder = new IntakeRecorder(db, intakes);
        this.poison = new PoisonGuard(intakes, new IntakeFailures(db), recorder, maxAttempts);
    }

    /**
     * With several instances on one database: an outcome from the inbox is recorded only while this instance leads
     * the mailbox, one from the drop folder only while it leads the drop folder.
     */
    public void fence(Fence mail, Fence files) {
        this.mailFence = mail;
        this.fileFence = files;
    }

    /**
     * A mail from the clinic inbox, already kept in the raw store by the inbox reader. Safe to call from several
     * threads at once: see {@link #once} and {@link IntakeRecorder#record}.
     */
    public IntakeResult fromMail(RawStore.Stored stored) throws IOException, MessagingException {
        IntakeResult result = poison.guarded(stored, "MAIL", () -> handleMail(stored, "MAIL"));
        return new IntakeResult(result.intakeId(), result.outcome(), folders.mailFolder(result.outcome()),
                result.problems());
    }

    /**
     * A file from the drop folder: a {@code .json}/{@code .yaml} case file or an {@code .eml} mail; anything else
     * is refused unopened ({@link DropFilePolicy}).
     */
    public IntakeResult fromFile(File file) throws IOException, MessagingException {
        Path path = file.toPath();
        Optional<DropFilePolicy.Refusal> refused = DropFilePolicy.refusal(path);
        IntakeResult result;
        if (refused.isPresent()) {
            result = refuseFile(path, refused.get());
        } else {
            String ext = DropFilePolicy.extension(path);
            RawStore.Stored stored;
            try (InputStream in = Files.newInputStream(path)) {
                stored = raw.store(in, ext);
            }
            Path original = DropFolder.originalOf(path);
            result = poison.guarded(stored, "FOLDER",
                    () -> ext.equals(".eml") ? handleMail(stored, "FOLDER") : handleCaseFile(stored, original));
        }
        return new IntakeResult(result.intakeId(), result.outcome(), IntakeFolders.fileFolder(result.outcome()),
                result.problems());
    }

    /** Records a file pdbot will not open: its raw copy is only what pdbot saw (for a link, where it points). */
    private IntakeResult refuseFile(Path path, DropFilePolicy.Refusal refusal) throws IOException {
        RawStore.Stored stored;
        if (refusal.link()) {
            String seen = "symbolic link " + path.getFileName() + " -> " + Files.readSymbolicLink(path) + " seen at "
                    + Instant.now() + "\n";
            stored = raw.store(new ByteArrayInputStream(seen.getBytes(StandardCharsets.UTF_8)), ".link");
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                stored = raw.store(in, DropFilePolicy.extension(path));
            }
        }
        IntakeRecord intake = recorder.begin(stored, "FOLDER", null, null, path.getFileName().toString());
        if (intake.outcome() != null) {
            return recorder.duplicate(intake);
        }
        return recorder.record(intake, Decision.of(refusal.outcome(), refusal.reason()), fileFence);
    }

    private IntakeResult handleMail(RawStore.Stored stored, String source) throws IOException, MessagingException {
        // a shared file stream lets parts be read from disk on demand instead of loading the mail into memory
        try (SharedFileInputStream in = new SharedFileInputStream(stored.file().toFile())) {
            return handleMail(new MimeMessage(session, in), stored, source);
        }
    }

    private IntakeResult handleMail(MimeMessage mail, RawStore.Stored stored, String source) {
        String messageId = InboundHeaders.messageId(mail);
        String sender = InboundHeaders.sender(mail);
        String subject = InboundHeaders.subject(mail);
        if (triage.isArchiveCopy(mail, messageId, sender)) {
            // the Bcc pdbot sent to the clinic's own mailbox with a request or notice: not an intake at all
            log.debug("pdbot's archive copy of {} filed as sent", messageId);
            return new IntakeResult(0, IntakeOutcome.OWN_COPY, null, List.of("pdbot's own copy of " + messageId));
        }
        return once(stored, recorder.begin(stored, source, messageId, sender, subject), messageId, intake -> {
            InboundMail in = new InboundMail(intake.id(), mail, sender, subject, messageId,
                    new ReplyTarget(sender, subject, messageId, InboundHeaders.references(mail)), stored.file());
            Decision decision = stages.decide(triage.classify(in), in);
            return recorder.record(intake, decision, source.equals("MAIL") ? mailFence : fileFence);
        });
    }

    private IntakeResult handleCaseFile(RawStore.Stored stored, Path original) {
        return once(stored, recorder.begin(stored, "FOLDER", null, null, original.getFileName().toString()), null,
                intake -> recorder.record(intake, caseFiles.handle(intake.id(), stored.file(), original), fileFence));
    }

    /**
     * Handles an intake once: two copies of one mail handled at the same time (same content or Message-ID, so the
     * same intake) take turns, and the second finds the first's outcome and is a duplicate. Intakes are spread
     * over a few locks by id, so different ones rarely wait for each other.
     */
    private IntakeResult once(RawStore.Stored stored, IntakeRecord started, String messageId,
                              Function<IntakeRecord, IntakeResult> work) {
        synchronized (handling[(int) Math.floorMod(started.id(), (long) handling.length)]) {
            IntakeRecord intake = recorder.findSeen(stored, messageId).orElse(started);
            if (intake.outcome() != null) {
                return recorder.duplicate(intake);
            }
            return work.apply(intake);
        }
    }

    private static Object[] locks(int n) {
        Object[] locks = new Object[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new Object();
        }
        return locks;
    }

    private static Properties sessionProperties() {
        Properties p = new Properties();
        // headers written in raw UTF-8 (RFC 6532) are read as UTF-8, not as Latin-1
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }
}
