package org.pdbot.intake;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CaseFileReader;
import org.pdbot.casefile.MailCaseReader;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.store.AuditLog;
import org.pdbot.store.Database;
import org.pdbot.store.IntakeFailures;
import org.pdbot.store.IntakeRecord;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.RawStore;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.review.Review;
import org.pdbot.mail.MessageIds;
import org.pdbot.draft.Prepared;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.NeedsInfoMailer;
import org.pdbot.draft.Composition;
import org.pdbot.tracking.Tracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every intake takes, whether it came from the inbox or the drop folder: keep the raw input,
 * recognise a re-delivery, let in only allowed senders, read the case, check and route it, then queue the
 * request or the answer to the sender, and record the outcome with them in one transaction.
 */
public final class IntakeProcessor {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);
    private static final java.util.Set<String> CASE_FILE_TYPES = java.util.Set.of(".json", ".yaml", ".yml", ".eml");
    private static final java.util.Set<String> ARCHIVES = java.util.Set.of(".zip", ".tar", ".gz", ".tgz", ".bz2",
            ".xz", ".7z", ".rar", ".jar");
    private static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("<[^<>\\s]+>");

    private final Database db;
    private final RawStore raw;
    private final IntakeStore intakes;
    private final SenderAllowList allowList;
    private final CaseAssessor assessor;
    private final Drafts submitter;
    private final NeedsInfoMailer needsInfo;
    private final IntakeFolders folders;
    private final Path documentsDir;
    private final long maxAttachmentBytes;
    private final Review review;
    private final Tracker tracker;
    private final MessageIds ids;
    private final String clinicInbox;
    private final SenderAuthentication authentication;
    private final Session session = Session.getInstance(sessionProperties());
    private final IntakeFailures failures;
    private final int maxAttempts;
    private final Object[] handling = locks(16);

    public IntakeProcessor(Database db, RawStore raw, IntakeStore intakes, SenderAllowList allowList,
                           CaseAssessor assessor, Drafts submitter, NeedsInfoMailer needsInfo, Review review, Tracker tracker, MessageIds ids,
                           String clinicInbox, IntakeFolders folders, Path documentsDir, long maxAttachmentBytes) {
        this(db, raw, intakes, allowList, assessor, submitter, needsInfo, review, tracker, ids, clinicInbox, folders, documentsDir,
                maxAttachmentBytes, 3, SenderAuthentication.defaults());
    }

    /**
     * @param maxAttempts    how often one intake may fail before it is quarantined ({@code pdbot.intake.max-attempts})
     * @param authentication how far the receiving server's verdict on a sender is trusted
     */
    public IntakeProcessor(Database db, RawStore raw, IntakeStore intakes, SenderAllowList allowList,
                           CaseAssessor assessor, Drafts submitter, NeedsInfoMailer needsInfo, Review review, Tracker tracker, MessageIds ids,
                           String clinicInbox, IntakeFolders folders, Path documentsDir, long maxAttachmentBytes,
                           int maxAttempts, SenderAuthentication authentication) {
        this.authentication = authentication;
        this.failures = new IntakeFailures(db);
        this.maxAttempts = Math.max(1, maxAttempts);
        this.review = review;
        this.tracker = tracker;
        this.ids = ids;
        this.clinicInbox = clinicInbox;
        this.db = db;
        this.raw = raw;
        this.intakes = intakes;
        this.allowList = allowList;
        this.assessor = assessor;
        this.submitter = submitter;
        this.needsInfo = needsInfo;
        this.folders = folders;
        this.documentsDir = documentsDir;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * A mail from the clinic inbox, already kept in the raw store by the inbox reader. Safe to call from several
     * threads at once: see {@link #begin} and {@link #decide}.
     */
    public IntakeResult fromMail(RawStore.Stored stored) throws IOException, MessagingException {
        IntakeResult result = guarded(stored, "MAIL", () -> handleMail(stored, "MAIL"));
        return new IntakeResult(result.intakeId(), result.outcome(), folders.mailFolder(result.outcome()),
                result.problems());
    }

    /**
     * A file from the drop folder: a {@code .json}/{@code .yaml} case file or an {@code .eml} mail. Anything else
     * (a zip archive...) is refused unopened, and so is a symbolic link, which could lead anywhere.
     */
    public IntakeResult fromFile(File file) throws IOException, MessagingException {
        Path path = file.toPath();
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 || !name.substring(dot).matches("\\.[a-z0-9]{1,8}") ? ".bin" : name.substring(dot);
        IntakeResult result;
        if (Files.isSymbolicLink(path)) {
            result = refuseFile(path, "link", IntakeOutcome.QUARANTINED, "'" + printable(path) + "' is a symbolic link,"
                    + " not a file: pdbot reads only plain files put in the drop folder");
        } else if (!CASE_FILE_TYPES.contains(ext)) {
            result = refuseFile(path, ext, IntakeOutcome.NEEDS_INFO, "'" + printable(path) + "' is not a case file: pdbot"
                    + " takes .json, .yaml, .yml and .eml files" + (ARCHIVES.contains(ext)
                    ? "; archives are never unpacked, put the case file and its documents in the drop folder as they are"
                    : ""));
        } else {
            RawStore.Stored stored;
            try (InputStream in = Files.newInputStream(path)) {
                stored = raw.store(in, ext);
            }
            Path original = DropFolder.originalOf(path);
            result = guarded(stored, "FOLDER",
                    () -> ext.equals(".eml") ? handleMail(stored, "FOLDER") : handleCaseFile(stored, original));
        }
        return new IntakeResult(result.intakeId(), result.outcome(), IntakeFolders.fileFolder(result.outcome()),
                result.problems());
    }

    private interface Handling {
        IntakeResult run() throws IOException, MessagingException;
    }

    /**
     * A poison intake (one whose handling always throws) must not be retried forever: each failure is counted
     * against its content, and after {@code maxAttempts} it is quarantined with the last error, so the rest
     * of the inbox goes on. Until then the error goes back to Camel, which leaves the mail for the next poll.
     */
    private IntakeResult guarded(RawStore.Stored stored, String source, Handling handling)
            throws IOException, MessagingException {
        try {
            return handling.run();
        } catch (IOException | MessagingException | RuntimeException e) {
            Optional<IntakeRecord> known = intakes.findSeen(stored.sha256(), null);
            int failed = failures.record(stored.sha256(), known.map(IntakeRecord::id).orElse(null), e.toString());
            if (failed < maxAttempts) {
                log.warn("Intake from {} failed (attempt {} of {}), will be tried again: {}",
                        source.toLowerCase(Locale.ROOT), failed, maxAttempts, e.toString());
                throw e;
            }
            IntakeRecord r = known.orElseGet(() -> intakes.insert(source, null, stored.sha256(), null, null,
                    stored.file().toString(), java.time.Instant.now()));
            String reason = "Processing failed " + failed + " times; quarantined. Last error: " + e;
            log.error("Intake #{} quarantined after {} failed attempts: {}", r.id(), failed, e.toString());
            intakes.finish(r.id(), IntakeOutcome.QUARANTINED.name(), reason);
            return new IntakeResult(r.id(), IntakeOutcome.QUARANTINED, null, List.of(reason));
        }
    }

    /** Records a file pdbot will not open: its raw copy is only what pdbot saw (for a link, where it points). */
    private IntakeResult refuseFile(Path path, String kind, IntakeOutcome outcome, String reason) throws IOException {
        RawStore.Stored stored;
        if (kind.equals("link")) {
            String seen = "symbolic link " + path.getFileName() + " -> " + Files.readSymbolicLink(path) + " seen at "
                    + java.time.Instant.now() + "\n";
            stored = raw.store(new java.io.ByteArrayInputStream(seen.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    ".link");
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                stored = raw.store(in, kind);
            }
        }
        IntakeRecord intake = begin(stored, "FOLDER", null, null, path.getFileName().toString());
        if (intake.outcome() != null) {
            return duplicate(intake);
        }
        return finish(intake, outcome, List.of(reason));
    }

    private IntakeResult handleMail(RawStore.Stored stored, String source) throws IOException, MessagingException {
        // a shared file stream lets parts be read from disk on demand instead of loading the mail into memory
        try (SharedFileInputStream in = new SharedFileInputStream(stored.file().toFile())) {
            return handleMail(new MimeMessage(session, in), stored, source);
        }
    }

    private IntakeResult handleMail(MimeMessage mail, RawStore.Stored stored, String source) {
        String messageId = messageIdOf(mail);
        String sender = senderOf(mail);
        String subject = safeSubject(mail);
        if (isArchiveCopy(mail, messageId, sender)) {
            // the Bcc pdbot sent to the clinic's own mailbox with a request or notice: not an intake at all
            log.debug("pdbot's archive copy of {} filed as sent", messageId);
            return new IntakeResult(0, IntakeOutcome.OWN_COPY, null, List.of("pdbot's own copy of " + messageId));
        }

        return once(stored, begin(stored, source, messageId, sender, subject), messageId,
                intake -> handleMail(mail, stored, intake, messageId, sender, subject));
    }

    /**
     * pdbot's own mail (signed Message-ID, from the clinic inbox) that reached the inbox without being addressed
     * to it: the Bcc archive copy. A notice addressed to the clinic inbox is an OWN_NOTICE intake instead.
     */
    private boolean isArchiveCopy(MimeMessage mail, String messageId, String sender) {
        if (!clinicInbox.equalsIgnoreCase(String.valueOf(sender)) || !ids.isOurs(messageId)) {
            return false;
        }
        try {
            Address[] visible = mail.getAllRecipients();
            if (visible != null) {
                for (Address a : visible) {
                    if (a instanceof InternetAddress ia && clinicInbox.equalsIgnoreCase(ia.getAddress())) {
                        return false;
                    }
                }
            }
            return true;
        } catch (MessagingException e) {
            return false;
        }
    }

    private IntakeResult handleMail(MimeMessage mail, RawStore.Stored stored, IntakeRecord intake, String messageId,
                                    String sender, String subject) {
        if (clinicInbox.equalsIgnoreCase(String.valueOf(sender)) && ids.isOurs(messageId)) {
            return finish(intake, IntakeOutcome.OWN_NOTICE, List.of("pdbot's own notice"));
        }
        // before anything can act on it (an approval, a reply, a case): is the sender who it says?
        Optional<String> forged = authentication.refusal(mail, sender, allowList.allows(sender));
        if (forged.isPresent()) {
            return finish(intake, IntakeOutcome.QUARANTINED, List.of(forged.get()));
        }
        ReplyTarget replyTo = new ReplyTarget(sender, subject, messageId, references(mail));
        Optional<String> reviewed;
        Optional<Tracker.Result> tracked = Optional.empty();
        // answers to drafts and replies to requests change shared state (a draft, a request's status): one at a time
        synchronized (submitter) {
            reviewed = review.handle(intake.id(), mail, sender, replyTo);
            if (reviewed.isEmpty()) {
                tracked = tracker.track(intake.id(), mail, sender, subject, messageId, stored.file());
            }
        }
        if (reviewed.isPresent()) {
            return new IntakeResult(intake.id(), IntakeOutcome.REVIEW, null, List.of(reviewed.get()));
        }
        if (tracked.isPresent()) {
            IntakeOutcome outcome = tracked.get() == Tracker.Result.RECORDED ? IntakeOutcome.REPLY : IntakeOutcome.UNMATCHED;
            return new IntakeResult(intake.id(), outcome, null, List.of());
        }
        if (!allowList.allows(sender)) {
            return finish(intake, IntakeOutcome.QUARANTINED, List.of(sender == null
                    ? "The mail has no single readable From address, so its sender is unknown"
                    : "Sender " + sender + " is not on the allow-list"));
        }
        if (isMachineGenerated(mail)) {
            return finish(intake, IntakeOutcome.QUARANTINED, List.of("Machine-generated mail is never answered"));
        }
        CaseFile caseFile;
        try {
            caseFile = MailCaseReader.read(mail, documentsDir.resolve(String.valueOf(intake.id())), maxAttachmentBytes);
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Intake #{} could not be read ({}); the reason is recorded with it", intake.id(),
                    e.getClass().getSimpleName());
            caseFile = CaseFile.builder().addProblem("The message could not be read: " + e.getMessage()).build();
        }
        return decide(intake, caseFile, replyTo);
    }

    private IntakeResult handleCaseFile(RawStore.Stored stored, Path original) {
        return once(stored, begin(stored, "FOLDER", null, null, original.getFileName().toString()), null,
                intake -> handleCaseFile(stored, original, intake));
    }

    private IntakeResult handleCaseFile(RawStore.Stored stored, Path original, IntakeRecord intake) {
        CaseFile caseFile;
        try {
            // the kept copy, not the dropped file: what was recorded is exactly what is read, even if the
            // file is replaced meanwhile; its documents still come from the drop folder
            caseFile = keepDocuments(CaseFileReader.read(stored.file(), original),
                    documentsDir.resolve(String.valueOf(intake.id())));
        } catch (IOException | RuntimeException e) {
            caseFile = CaseFile.builder().addProblem("The case file could not be read: " + e.getMessage()).build();
        }
        return decide(intake, caseFile, null);
    }

    /**
     * Copies a case file's documents into the data folder: the drop folder belongs to the case-management
     * system, and a draft corrected days later must still find its exhibits.
     */
    private static CaseFile keepDocuments(CaseFile c, Path dir) throws IOException {
        if (c.documents().isEmpty()) {
            return c;
        }
        Files.createDirectories(dir);
        List<SupportingDocument> kept = new ArrayList<>();
        int n = 0;
        for (SupportingDocument d : c.documents()) {
            String name = d.file().getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.]", "") : "";
            Path copy = dir.resolve("doc-" + (++n) + ext);
            Files.copy(d.file(), copy, StandardCopyOption.REPLACE_EXISTING);
            kept.add(d.withFile(copy, Files.size(copy)));
        }
        return c.toBuilder().documents(kept).build();
    }

    /**
     * Handles an intake once: two copies of one mail handled at the same time (same content or Message-ID, so the
     * same intake) take turns, and the second finds the first's outcome and is a duplicate. Intakes are spread
     * over a few locks by id, so different ones rarely wait for each other.
     */
    private IntakeResult once(RawStore.Stored stored, IntakeRecord started, String messageId,
                              java.util.function.Function<IntakeRecord, IntakeResult> work) {
        synchronized (handling[(int) Math.floorMod(started.id(), (long) handling.length)]) {
            IntakeRecord intake = intakes.findSeen(stored.sha256(), messageId).orElse(started);
            if (intake.outcome() != null) {
                return duplicate(intake);
            }
            return work.apply(intake);
        }
    }

    /** Starts an intake, or finds the earlier one for the same content or Message-ID; one thread at a time. */
    private synchronized IntakeRecord begin(RawStore.Stored stored, String source, String messageId, String sender,
                                            String subject) {
        return intakes.findSeen(stored.sha256(), messageId).orElseGet(() -> {
            IntakeRecord r = intakes.insert(source, messageId, stored.sha256(), sender, subject,
                    stored.file().toString(), java.time.Instant.now());
            log.info("Intake #{} received from {} ({})", r.id(), source.toLowerCase(Locale.ROOT), maskSender(sender));
            return r;
        });
    }

    private IntakeResult decide(IntakeRecord intake, CaseFile caseFile, ReplyTarget replyTo) {
        Assessment assessment = assessor.assess(caseFile);
        if (!assessment.submittable()) {
            return needsInfo(intake, caseFile, replyTo, assessment.problems());
        }
        // the packet and mail(s) are made first, several cases at once; the decision is then taken one case at a
        // time: the same case arriving twice at once (by mail and by file, or twice in one batch) makes one draft
        Composition made;
        try {
            made = submitter.compose(assessment);
        } catch (java.sql.SQLException e) {
            throw new org.pdbot.store.StoreException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the request: " + e.getMessage(), e);
        }
        Prepared prepared;
        synchronized (submitter) {
            prepared = db.inTransaction(c -> {
                try {
                    Prepared p = submitter.prepare(c, intake.id(), assessment, replyTo == null ? null : replyTo.address(),
                            made);
                    if (p instanceof Prepared.Queued q) {
                        IntakeStore.finish(c, intake.id(), IntakeOutcome.SUBMITTED.name(),
                                "Request #" + q.request().id() + " queued for " + q.request().officeCode());
                    } else if (p instanceof Prepared.Drafted d) {
                        IntakeStore.finish(c, intake.id(), IntakeOutcome.DRAFTED.name(), "Request #" + d.request().id()
                                + " drafted for " + d.request().officeCode() + ", awaiting approval by " + d.draft().reviewer());
                    } else if (p instanceof Prepared.AlreadyDrafted a) {
                        IntakeStore.finish(c, intake.id(), IntakeOutcome.DUPLICATE.name(),
                                "Same case as request #" + a.existing().id() + ", already awaiting approval");
                    }
                    return p;
                } catch (MessagingException e) {
                    throw new java.sql.SQLException("Cannot compose the request: " + e.getMessage(), e);
                }
            });
        }
        if (prepared instanceof Prepared.Blocked blocked) {
            return needsInfo(intake, caseFile, replyTo, blocked.problems());
        }
        String office = assessment.office().orElseThrow().code();
        if (prepared instanceof Prepared.Queued) {
            log.info("Intake #{} ({}): request queued for {}", intake.id(), caseFile.aNumber().masked(), office);
            return new IntakeResult(intake.id(), IntakeOutcome.SUBMITTED, null, List.of());
        }
        if (prepared instanceof Prepared.Drafted) {
            log.info("Intake #{} ({}): draft for {} sent for approval", intake.id(), caseFile.aNumber().masked(), office);
            return new IntakeResult(intake.id(), IntakeOutcome.DRAFTED, null, List.of());
        }
        long existing = ((Prepared.AlreadyDrafted) prepared).existing().id();
        log.info("Intake #{} ({}): same case as request #{}, already awaiting approval", intake.id(),
                caseFile.aNumber().masked(), existing);
        return new IntakeResult(intake.id(), IntakeOutcome.DUPLICATE, null,
                List.of("Same case as request #" + existing + ", already awaiting approval"));
    }

    private IntakeResult needsInfo(IntakeRecord intake, CaseFile caseFile, ReplyTarget replyTo, List<String> problems) {
        db.inTransaction(c -> {
            if (replyTo != null) {
                try {
                    needsInfo.queue(c, intake.id(), replyTo, caseFile, problems);
                } catch (MessagingException e) {
                    throw new java.sql.SQLException("Cannot compose the answer to the sender: " + e.getMessage(), e);
                }
            }
            IntakeStore.finish(c, intake.id(), IntakeOutcome.NEEDS_INFO.name(), String.join("\n", problems));
            return null;
        });
        log.info("Intake #{} needs information: {} problem(s)", intake.id(), problems.size());
        return new IntakeResult(intake.id(), IntakeOutcome.NEEDS_INFO, null, problems);
    }

    private IntakeResult finish(IntakeRecord intake, IntakeOutcome outcome, List<String> reasons) {
        intakes.finish(intake.id(), outcome.name(), String.join("\n", reasons));
        // the reasons can quote a file name, a sender or a value, i.e. a client's name: they stay in the database
        log.info("Intake #{} {} ({} reason(s) recorded)", intake.id(), outcome.name().toLowerCase(Locale.ROOT),
                reasons.size());
        return new IntakeResult(intake.id(), outcome, null, reasons);
    }

    private IntakeResult duplicate(IntakeRecord earlier) {
        new AuditLog(db).record(earlier.id(), null, "DUPLICATE", "delivered again; handled before as " + earlier.outcome());
        log.info("Intake #{} seen again; it was handled before ({})", earlier.id(), earlier.outcome());
        IntakeOutcome first = IntakeFolders.outcomeOf(earlier.outcome());
        return new IntakeResult(earlier.id(), first == IntakeOutcome.DUPLICATE ? IntakeOutcome.DUPLICATE : first, null,
                List.of("Already handled as intake #" + earlier.id() + " (" + earlier.outcome() + ")"));
    }

    private static String senderOf(MimeMessage mail) {
        try {
            Address[] from = mail.getFrom();
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress a) {
                return a.getAddress();
            }
        } catch (MessagingException e) {
            // an unparseable From is no sender at all
        }
        return null;
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null || values.length == 0 ? null : values[0].strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    /**
     * The {@code <id>} of the Message-ID header, without whatever a folded header smuggled after it; none when
     * it is too long to be one (it would be written into the In-Reply-To of an answer).
     */
    static String messageIdOf(MimeMessage mail) {
        String value = header(mail, "Message-ID");
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = MESSAGE_ID.matcher(value);
        String id = m.find() ? m.group() : value.split("\\s+")[0];
        return id.isEmpty() || id.length() > 250 ? null : id;
    }

    private static String safeSubject(MimeMessage mail) {
        try {
            String s = mail.getSubject();
            return s == null ? null : s.replaceAll("[\\r\\n\\t\\x00-\\x1F]+", " ").strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static List<String> references(MimeMessage mail) {
        String refs = header(mail, "References");
        List<String> out = new ArrayList<>();
        if (refs != null) {
            out.addAll(Arrays.stream(refs.split("\\s+")).filter(s -> s.startsWith("<") && s.endsWith(">")).toList());
        }
        return out;
    }

    /** RFC 3834 and its common cousins: answering such mail starts loops. */
    static boolean isMachineGenerated(MimeMessage mail) {
        String auto = header(mail, "Auto-Submitted");
        if (auto != null && !auto.toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = header(mail, "Precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        return header(mail, "X-Autoreply") != null || header(mail, "X-Autorespond") != null
                || "<>".equals(header(mail, "Return-Path"));
    }

    /** A file name as a person can read it in a reason: no control characters, no reversed text, not endless. */
    private static String printable(Path path) {
        String name = path.getFileName().toString().replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }

    private static Object[] locks(int n) {
        Object[] locks = new Object[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new Object();
        }
        return locks;
    }

    private static java.util.Properties sessionProperties() {
        java.util.Properties p = new java.util.Properties();
        // headers written in raw UTF-8 (RFC 6532) are read as UTF-8, not as Latin-1
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    static String maskSender(String sender) {
        if (sender == null) {
            return "no sender";
        }
        int at = sender.indexOf('@');
        return at <= 0 ? "***" : sender.charAt(0) + "***" + sender.substring(at);
    }
}
