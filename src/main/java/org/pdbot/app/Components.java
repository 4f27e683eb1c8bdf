package org.pdbot.app;

import java.util.List;
import java.util.Map;

import jakarta.mail.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import org.pdbot.check.CaseAssessor;
import org.pdbot.config.Settings;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.directory.OfficeResolver;
import org.pdbot.intake.IntakeFolders;
import org.pdbot.intake.IntakeProcessor;
import org.pdbot.intake.RoutedStages;
import org.pdbot.intake.Triage;
import org.pdbot.submit.NewCases;
import org.pdbot.tracking.Tracker;
import org.pdbot.intake.SenderAllowList;
import org.pdbot.intake.SenderAuthentication;
import org.pdbot.render.CourtNames;
import org.pdbot.render.Templates;
import org.pdbot.store.Database;
import org.pdbot.store.DraftStore;
import org.pdbot.review.Review;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.OutboxStore;
import org.pdbot.store.RawStore;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.pdbot.tracking.Tracking;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;
import org.pdbot.submit.OutboxSender;
import org.pdbot.mail.OutboxSignal;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.NeedsInfoMailer;
import org.pdbot.submit.InterruptedSends;
import org.pdbot.mail.SentCopies;

/**
 * Builds pdbot's pieces from the settings, once: the composition root the bot and the CLI share. The stages of
 * the intake pipeline are given to it here, one per kind of mail.
 *
 * <p>Longer than most: it is the composition root, one constructor call per piece, so the wiring is seen in one
 * place rather than spread over factories.
 */
public final class Components implements AutoCloseable {

    private final Settings settings;
    private final Database db;
    private final OfficeDirectory directory;
    private final IntakeProcessor intake;
    private final RoutedStages stages = new RoutedStages();
    private final Triage triage;
    private final NewCases newCases;
    private final OutboxSender outboxSender;
    private final OutboxStore outbox;
    private final RequestStore requests;
    private final IntakeStore intakes;
    private final ThreadStore threads;
    private final Tracking tracking;
    private final DraftStore drafts;
    private final Review review;
    private final MessageIds ids;
    private final MailComposer composer;
    private final Outbox mailOutbox;
    private final RawStore raw;
    private final Templates templates;

    private Components(Settings settings, Clock clock) {
        this.settings = settings;
        Path dataDir = settings.dataDir();
        this.directory = loadDirectory(settings);
        this.db = Databases.open(settings);
        this.intakes = new IntakeStore(db);
        this.requests = new RequestStore(db);
        this.outbox = new OutboxStore(db, Databases.instanceId(settings),
                (int) settings.getMillis("pdbot.outbox.lease-ms", 120_000).toSeconds(),
                Databases.shared(settings));

        this.threads = new ThreadStore(db);

        String inbox = settings.get("pdbot.clinic.inbox");
        OfficeResolver resolver = new OfficeResolver(directory);
        Letters letters = Letters.of(settings, clock, new CourtNames(resolver::eoirCourtName));
        Templates templates = letters.templates();
        Session session = Session.getInstance(new Properties());
        this.composer = new MailComposer(session);
        OutboxSignal outboxSignal = new OutboxSignal();
        this.mailOutbox = new Outbox(dataDir, outboxSignal);
        this.ids = new MessageIds(secret(settings, dataDir), domainOf(inbox));
        Drafts submitter = new Drafts(letters.requests(), letters.packets(), letters.rules(), letters.compliance(),
                templates, composer, mailOutbox, ids, requests, inbox, dataDir, reviewMode(settings), clock);
        NeedsInfoMailer needsInfo = new NeedsInfoMailer(letters.needsInfo(), composer, mailOutbox, ids, inbox);
        SenderAllowList allowList = new SenderAllowList(settings.getList("pdbot.intake.allowed-senders"));
        this.tracking = Tracking.create(db, requests, threads, ids, templates, composer, mailOutbox, directory, inbox,
                settings.path("pdbot.tracking.rules-file", "config/reply-rules.yaml"),
                settings.path("pdbot.tracking.bounce-rules-file", "config/bounce-rules.yaml"),
                settings.getList("pdbot.opla.domains"), allowList::allows,
                Duration.ofDays(settings.getLong("pdbot.followup.after-days", 21)),
                settings.getInt("pdbot.followup.before-hearing-days", 30), clock,
                settings.get("pdbot.admin.email", inbox));
        CaseAssessor assessor = new CaseAssessor(resolver);
        long maxAttachmentBytes = settings.getLong("pdbot.intake.max-attachment-mb", 25) * 1024 * 1024;
        this.drafts = new DraftStore(db);
        this.review = new Review(db, drafts, requests, submitter, needsInfo, assessor, ids, allowList::allows,
                dataDir.resolve("documents"), maxAttachmentBytes);
        this.raw = new RawStore(dataDir);
        // the pipeline: triage decides each mail's kind, and this table names the one stage for each kind
        NewCases newCases = new NewCases(assessor, submitter, needsInfo, dataDir.resolve("documents"),
                maxAttachmentBytes);
        Tracker tracker = tracking.tracker();
        Triage triage = new Triage(inbox, ids, allowList,
                SenderAuthentication.of(settings.get("pdbot.intake.require-authentication", "dmarc-if-present"),
                        settings.get("pdbot.intake.authserv-id", "")),
                review::answersDraft, tracker::belongs);
        this.triage = triage;
        this.newCases = newCases;
        this.intake = new IntakeProcessor(db, raw, intakes,
                new IntakeFolders(settings.get("pdbot.intake.folder.processed", "pdbot-processed"),
                        settings.get("pdbot.intake.folder.needs-info", "pdbot-needs-info"),
                        settings.get("pdbot.intake.folder.quarantine", "pdbot-quarantine"),
                        settings.get("pdbot.intake.folder.replies", "pdbot-replies"),
                        settings.get("pdbot.intake.folder.unmatched", "pdbot-unmatched"),
                        settings.get("pdbot.intake.folder.sent", "pdbot-sent")),
                triage, stages, newCases::fromFile, settings.getInt("pdbot.intake.max-attempts", 3));
        this.outboxSender = new OutboxSender(outbox, session, settings.getInt("pdbot.outbox.batch-size", 20),
                settings.getInt("pdbot.outbox.max-attempts", 10),
                settings.getMillis("pdbot.outbox.first-retry-ms", 5000),
                settings.getMillis("pdbot.outbox.max-retry-ms", 600_000), outboxSignal,
                settings.getMillis("pdbot.outbox.poll-ms", 500), clock, archiveCopy(settings, inbox));
        this.templates = templates;
    }

    /**
     * {@code pdbot.outbox.archive-copy}: the mailbox every mail is also delivered to (Bcc), the evidence for
     * interrupted sends. Empty: the sending account itself (pdbot.smtp.username, else pdbot.imap.username, when an
     * address, else the clinic inbox); {@code none}: no copy (for providers that keep sent mail themselves).
     */
    static String archiveCopy(Settings settings, String inbox) {
        String configured = settings.get("pdbot.outbox.archive-copy", "").strip();
        if (configured.equalsIgnoreCase("none")) {
            return null;
        }
        if (!configured.isEmpty()) {
            return configured;
        }
        for (String key : new String[] {"pdbot.smtp.username", "pdbot.imap.username"}) {
            String user = settings.get(key, "").strip();
            if (user.contains("@")) {
                return user;
            }
        }
        return inbox;
    }

    /**
     * The resolver of interrupted sends, searching {@code copies} (pdbot.outbox.resend-grace-ms,
     * pdbot.outbox.max-resends).
     */
    public InterruptedSends interruptedSends(SentCopies copies) {
        return new InterruptedSends(db, outbox, Databases.shared(settings), requests, copies,
                settings.getMillis("pdbot.outbox.resend-grace-ms", 900_000),
                settings.getInt("pdbot.outbox.max-resends", 3), templates, composer, mailOutbox, ids,
                settings.get("pdbot.clinic.inbox"), Clock.systemUTC());
    }

    public static Components create(Settings settings) {
        return create(settings, Clock.systemDefaultZone());
    }

    /** As {@link #create(Settings)}, on the clock that dates letters and mail (tests move it). */
    public static Components create(Settings settings, Clock clock) {
        return new Components(settings, clock);
    }

    /** The office directory alone, for commands that need nothing else. */
    public static OfficeDirectory loadDirectory(Settings settings) {
        return OfficeDirectory.load(settings.path("pdbot.offices-file",
                settings.configDir().resolve("opla-offices.yaml").toString()));
    }

    public Settings settings() {
        return settings;
    }

    public Database db() {
        return db;
    }

    public OfficeDirectory directory() {
        return directory;
    }

    /** The stages the intake-stage route calls: triage's own outcomes, review, tracking, new cases. */
    public List<Object> stageBeans() {
        return List.of(triage, review, tracking.tracker(), newCases);
    }

    /** Where the intake hands each triaged mail: the intake-stage route, once Camel runs. */
    public RoutedStages stages() {
        return stages;
    }

    public IntakeProcessor intake() {
        return intake;
    }

    /** Where every intake is kept as it came, before anything else happens to it. */
    public RawStore rawStore() {
        return raw;
    }

    public OutboxSender outboxSender() {
        return outboxSender;
    }

    public OutboxStore outbox() {
        return outbox;
    }

    public RequestStore requests() {
        return requests;
    }

    public IntakeStore intakes() {
        return intakes;
    }

    public ThreadStore threads() {
        return threads;
    }

    public Review review() {
        return review;
    }

    public DraftStore drafts() {
        return drafts;
    }

    /** Signs and recognises pdbot's own Message-IDs. */
    public MessageIds messageIds() {
        return ids;
    }

    public MailComposer composer() {
        return composer;
    }

    /** Queues composed mail for the outbox route. */
    public Outbox mailOutbox() {
        return mailOutbox;
    }

    /** {@code pdbot.submit.mode}: review (the default: an attorney approves each request) or auto. */
    static boolean reviewMode(Settings settings) {
        String mode = settings.get("pdbot.submit.mode", "review").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (mode) {
            case "review" -> true;
            case "auto" -> false;
            default -> throw new IllegalStateException("pdbot.submit.mode must be review or auto, not '" + mode + "'");
        };
    }

    public Tracking tracking() {
        return tracking;
    }

    /**
     * The key that signs pdbot's Message-IDs: {@code pdbot.message-id.secret} when set (from the environment),
     * otherwise a random key made once and kept in the data folder, readable by its owner only.
     */
    static byte[] secret(Settings settings, Path dataDir) {
        var configured = settings.find("pdbot.message-id.secret").filter(v -> !v.isBlank());
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve("message-id.key");
        if (Databases.shared(settings)) {
            // every instance must sign and check Message-IDs alike, or OPLA's replies to one go unmatched
            throw new IllegalStateException("pdbot.db.url names a shared database, so every instance must sign "
                    + "Message-IDs with the same key: set pdbot.message-id.secret (PDBOT_MESSAGE_ID_SECRET, 16+ "
                    + "characters) on each" + (Files.exists(file) ? ", to the contents of " + file
                    + " to keep matching the replies to requests already sent" : ""));
        }
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path tmp = Files.createTempFile(dataDir, "key", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system; the data folder's own permissions apply
                }
                Files.writeString(tmp, HexFormat.of().formatHex(key));
                Files.move(tmp, file);
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the signing key " + file + ": " + e.getMessage(), e);
        }
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "pdbot.invalid" : address.substring(at + 1);
    }

    @Override
    public void close() {
        db.close();
    }
}
