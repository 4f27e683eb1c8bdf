package org.pdbot.bench;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdbot.app.Bot;
import org.pdbot.config.Settings;
import org.pdbot.store.Database;

/**
 * The real bot in {@code auto} mode, started as {@code ./pdbot run} starts it but pointed at the benchmark's
 * GreenMail, with a fresh data folder. Its intake route is stopped while mail is preloaded, so a run is timed
 * from the moment intake starts until the last request is in an OPLA mailbox.
 */
final class PdbotUnderTest implements Contender {

    static final String INTAKE_ROUTE = "intake-mail";
    private static final Pattern A_NUMBER = Pattern.compile("A\\d{3}-\\d{3}-\\d{3}");

    private final BenchServer server;
    private final Bot bot;
    private final Path dataDir;
    private final String name;
    private final boolean h2;
    private final boolean leadsMailbox;
    private long lastIntakeId;
    private Stages lastStages;

    /**
     * Where the time of one run went, from pdbot's own timestamps: when intake of the first mail began and
     * the last intake was finished (relative to the start of the run), the mean time one intake took, and
     * the mean wait from a request being queued to its being sent, and the durable commits H2 wrote per case
     * (its store version, which every commit that changed something moves on by one).
     */
    record Stages(double intakeDoneSeconds, double lastSentSeconds, double meanIntakeMs, double meanQueuedToSentMs,
                  double commitsPerCase) {
    }

    PdbotUnderTest(BenchServer server, Map<String, String> overrides) throws Exception {
        this(server, overrides, "pdbot", Files.createTempDirectory("pdbot-bench-"));
    }

    /**
     * @param name    the contender's name in the results ({@code pdbot}, {@code pdbotPg})
     * @param dataDir its data folder (instances sharing a database share it too)
     */
    PdbotUnderTest(BenchServer server, Map<String, String> overrides, String name, Path dataDir) throws Exception {
        this.server = server;
        this.name = name;
        this.dataDir = dataDir;
        Map<String, String> values = new HashMap<>(server.pdbotSettings());
        values.put("pdbot.data-dir", dataDir.toString());
        values.put("pdbot.submit.mode", "auto");
        values.put("pdbot.message-id.secret", "bench-secret-0123456789abcdef");
        values.putAll(overrides);
        this.bot = Bot.start(Settings.load(Path.of("config"), Map.of(), values));
        this.h2 = bot.components().db().vendor() == Database.Vendor.H2;
        if (!h2) {
            // on a shared database the intake route starts once this instance wins the mailbox, a moment later
            long deadline = System.currentTimeMillis() + 5000;
            while (!reading() && System.currentTimeMillis() < deadline) {
                BenchServer.sleep(50);
            }
        }
        this.leadsMailbox = h2 || reading();
        bot.camelContext().getRouteController().stopRoute(INTAKE_ROUTE);
    }

    private boolean reading() {
        return bot.camelContext().getRouteController().getRouteStatus(INTAKE_ROUTE).isStarted();
    }

    /** Whether this instance reads the inbox (the only one does; of several on one database, the leader). */
    boolean leadsMailbox() {
        return leadsMailbox;
    }

    /** The fast-poll settings, on the benchmark's own PostgreSQL database: the contender {@code pdbotPg}. */
    static Map<String, String> onPostgres(String url, org.pdbot.testing.Postgres pg, String instance) {
        Map<String, String> s = new HashMap<>(fastPoll());
        s.put("pdbot.db.url", url);
        s.put("pdbot.db.user", pg.user());
        s.put("pdbot.db.password", pg.password());
        s.put("pdbot.instance-id", instance);
        s.put("pdbot.http.port", "0");
        return s;
    }

    /** The fast-poll settings the throughput runs use; batch sizes stay at pdbot's defaults. */
    static Map<String, String> fastPoll() {
        return Map.of("pdbot.intake.poll-delay-ms", "100", "pdbot.outbox.poll-ms", "100");
    }

    Bot bot() {
        return bot;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long drain(List<BenchCase> cases) throws Exception {
        long startWall = System.currentTimeMillis();
        long version = storeVersion();
        startReading();
        try {
            long done = server.awaitInbox(BenchCases.offices(), cases.size(), Duration.ofMinutes(8));
            // the outbox's last "sent" commit lands just after the mail does
            BenchServer.sleep(200);
            double commits = h2 ? (storeVersion() - version) / (double) cases.size() : Double.NaN;
            lastStages = stagesSince(lastIntakeId, startWall, commits);
            return done;
        } finally {
            stopReading();
            lastIntakeId = maxIntakeId();
        }
    }

    void startReading() throws Exception {
        if (leadsMailbox) {
            bot.camelContext().getRouteController().startRoute(INTAKE_ROUTE);
        }
    }

    void stopReading() throws Exception {
        bot.camelContext().getRouteController().stopRoute(INTAKE_ROUTE);
    }

    Stages lastStages() {
        return lastStages;
    }

    /**
     * Exactly one request per case, each in the mailbox of the case's office, none anywhere else; checked a
     * moment after the last one arrived so a late duplicate is seen too.
     */
    @Override
    public void verify(List<BenchCase> cases) {
        BenchServer.sleep(500);
        Map<String, String> expected = new HashMap<>();
        cases.forEach(c -> expected.put(c.aNumber(), c.expectedOffice()));
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (String office : BenchCases.offices()) {
            for (MimeMessage m : server.inbox(office)) {
                total++;
                String aNumber = aNumberIn(m);
                String want = expected.get(aNumber);
                if (want == null) {
                    throw new IllegalStateException(office + " received a request for an A-number not sent: " + aNumber);
                }
                if (!want.equalsIgnoreCase(office)) {
                    throw new IllegalStateException("The request for " + aNumber + " went to " + office + ", not " + want);
                }
                if (!seen.add(aNumber)) {
                    throw new IllegalStateException(aNumber + " was sent twice");
                }
            }
        }
        if (total != cases.size()) {
            throw new IllegalStateException("pdbot delivered " + total + " requests, expected " + cases.size());
        }
    }

    private static String aNumberIn(MimeMessage m) {
        try {
            Matcher matcher = A_NUMBER.matcher(String.valueOf(m.getSubject()));
            return matcher.find() ? matcher.group() : "(none in subject: " + m.getSubject() + ")";
        } catch (Exception e) {
            return "(unreadable subject)";
        }
    }

    private long storeVersion() {
        if (!h2) {
            return 0; // PostgreSQL keeps no count of the commits that wrote; the commits figure is H2's alone
        }
        return bot.components().db().inTransaction(c -> {
            try (ResultSet rs = query(c, "select setting_value from information_schema.settings"
                    + " where setting_name = 'info.CURRENT_VERSION'")) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0L;
            }
        });
    }

    private Stages stagesSince(long afterIntakeId, long startWallMillis, double commitsPerCase) {
        return bot.components().db().inTransaction(c -> {
            double intakeDone;
            double meanIntake;
            try (ResultSet rs = query(c, "select max(finished_at), avg(" + millisBetween("received_at", "finished_at") + ")"
                    + " from intake where id > " + afterIntakeId)) {
                rs.next();
                intakeDone = seconds(rs.getTimestamp(1), startWallMillis);
                meanIntake = rs.getDouble(2);
            }
            double lastSent;
            double queued;
            try (ResultSet rs = query(c, "select max(sent_at), avg(" + millisBetween("created_at", "sent_at") + ")"
                    + " from pd_request where intake_id > " + afterIntakeId)) {
                rs.next();
                lastSent = seconds(rs.getTimestamp(1), startWallMillis);
                queued = rs.getDouble(2);
            }
            return new Stages(intakeDone, lastSent, meanIntake, queued, commitsPerCase);
        });
    }

    private String millisBetween(String from, String to) {
        return h2 ? "datediff('MILLISECOND', " + from + ", " + to + ")"
                : "extract(epoch from (" + to + " - " + from + ")) * 1000";
    }

    private long maxIntakeId() {
        return bot.components().db().inTransaction(c -> {
            try (ResultSet rs = query(c, "select coalesce(max(id), 0) from intake")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static ResultSet query(Connection c, String sql) throws java.sql.SQLException {
        Statement s = c.createStatement();
        s.closeOnCompletion();
        return s.executeQuery(sql);
    }

    private static double seconds(java.sql.Timestamp t, long startWallMillis) {
        return t == null ? Double.NaN : (t.getTime() - startWallMillis) / 1000.0;
    }

    @Override
    public void close() {
        bot.close();
        if (h2 || ownsDataDir) {
            TempDirs.delete(dataDir);
        }
    }

    private boolean ownsDataDir = true;

    /** The data folder is another instance's too: it deletes it. */
    PdbotUnderTest sharingDataDir() {
        ownsDataDir = false;
        return this;
    }
}
