package org.pdbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbox: PENDING → SENDING → SENT. A row left in SENDING by a crash becomes POSSIBLY_SENT on the next
 * start (the server may have accepted it). Evidence then settles it (see {@code submit.InterruptedSends}): the
 * archive copy found means SENT; no copy after the grace period means the transaction never completed, and it
 * is queued again ({@link #resend}); without evidence it stays POSSIBLY_SENT and a person is told once.
 *
 * <p>Longer than most: every status change of an outbox mail is here, each guarded by the status it expects,
 * so the send state machine is read (and its crash safety checked) in one place.
 */
public final class OutboxStore {

    private static final String COLUMNS =
            "id, kind, intake_id, request_id, message_id, recipients, eml_path, status, attempts, last_error";

    /** Mails due for a send: queued, their next attempt come. */
    private static final String DUE = "select " + COLUMNS + " from outbox where status = 'PENDING' "
            + "and next_attempt_at <= ?";

    private final Database db;
    private final String instance;
    private final int leaseSeconds;

    private final boolean shared;

    /** The only instance on its database (H2, the tests): its claims never compete. */
    public OutboxStore(Database db) {
        this(db, "pdbot", 120, false);
    }

    /**
     * @param instance     this instance's name ({@code pdbot.instance-id}), written on the mails it sends
     * @param leaseSeconds how long a claim holds before another instance may take the mail over
     * @param shared       other instances send from this outbox too: due mails are claimed, not only read
     */
    public OutboxStore(Database db, String instance, int leaseSeconds, boolean shared) {
        this.db = db;
        this.instance = instance;
        this.leaseSeconds = Math.max(1, leaseSeconds);
        this.shared = shared;
    }

    public static long insert(Connection c, String kind, Long intakeId, Long requestId, String messageId,
                              String recipients, String emlPath) throws SQLException {
        Instant now = Instant.now();
        return Sql.insert(c, "insert into outbox (kind, intake_id, request_id, message_id, recipients, eml_path, status, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", kind, intakeId, requestId,
                messageId, IntakeStore.truncate(recipients, 4000), emlPath, now, now);
    }

    /**
     * Up to {@code limit} due mails, not yet marked: each is marked SENDING by {@link #markSending} just before
     * its own send, so a crash flags only the one mail that was on the wire, not the whole batch. The mails
     * carry the attempt count they will have once marked.
     */
    public List<OutboxMail> claimDue(int limit) {
        if (!shared) {
            // alone, nobody competes for a mail: reading the due ones costs no commit
            return db.inTransaction(c -> Sql.list(c, DUE + " order by id fetch first ? rows only", OutboxStore::map,
                    Instant.now(), limit)).stream().map(OutboxStore::asClaimed).toList();
        }
        return db.inTransaction(c -> {
            // rows another instance is claiming right now are skipped, not waited for; a claim whose lease ran
            // out (its instance died) is taken over
            List<OutboxMail> due = Sql.list(c, DUE + " and (sending_by is null or sending_by = ? "
                    + "or lease_until < current_timestamp) order by id fetch first ? rows only for update skip locked",
                    OutboxStore::map, Instant.now(), instance, limit);
            for (OutboxMail m : due) {
                Sql.update(c, "update outbox set sending_by = ?, lease_until = " + leaseEnd() + " where id = ?",
                        instance, m.id());
            }
            return due.stream().map(OutboxStore::asClaimed).toList();
        });
    }

    /** A claimed mail, with the status and attempt count it will have once marked. */
    private static OutboxMail asClaimed(OutboxMail m) {
        return new OutboxMail(m.id(), m.kind(), m.intakeId(), m.requestId(), m.messageId(), m.recipients(),
                m.emlPath(), "SENDING", m.attempts() + 1, m.lastError());
    }

    private String leaseEnd() {
        return "current_timestamp + interval '" + leaseSeconds + "' second";
    }

    /**
     * The intent to send, recorded (committed) before the mail goes to the server: PENDING becomes SENDING.
     * False when the mail is no longer PENDING (someone else took it, or a person resolved it).
     */
    public boolean markSending(long id) {
        return db.inTransaction(c -> markSending(c, id));
    }

    private boolean markSending(Connection c, long id) throws SQLException {
        return Sql.update(c, "update outbox set status = 'SENDING', attempts = attempts + 1, sending_at = ?, "
                + "sending_by = ?, lease_until = " + leaseEnd() + " where id = ? and status = 'PENDING' "
                + "and (sending_by is null or sending_by = ?)", Instant.now(), instance, id, instance) == 1;
    }

    public void markSent(long id) {
        markSent(id, null);
    }

    /** Sent: the server accepted it; {@code serverReply} is its final reply (with the queue id), when known. */
    public void markSent(long id, String serverReply) {
        db.inTransaction(c -> {
            markSent(c, id, serverReply);
            return null;
        });
    }

    /**
     * One commit for two steps of a backlog: the mail just sent is recorded SENT, and the next one is marked
     * SENDING before it goes out. Returns whether the next one was marked (false: no longer PENDING); the sent
     * one is recorded either way.
     */
    public boolean markSentThenSending(long sentId, String serverReply, long nextId) {
        return db.inTransaction(c -> {
            markSent(c, sentId, serverReply);
            return markSending(c, nextId);
        });
    }

    private static void markSent(Connection c, long id, String serverReply) throws SQLException {
        Instant now = Instant.now();
        OutboxMail m = byId(c, id);
        Sql.update(c, "update outbox set status = 'SENT', sent_at = ?, last_error = null, server_reply = ? where id = ?",
                now, IntakeStore.truncate(serverReply, 1000), id);
        if (m.isRequest()) {
            RequestStore.followOutbox(c, m.requestId(), RequestStatus.SENT, now);
        }
        AuditLog.record(c, m.intakeId(), m.requestId(), "SENT", m.kind() + " sent as " + m.messageId()
                + (serverReply == null ? "" : "; server: " + IntakeStore.truncate(serverReply, 300)));
    }

    /**
     * A send whose outcome is unknown (the connection broke after the content went out, before the server's
     * reply): SENDING becomes POSSIBLY_SENT, settled by its archive copy like a send cut short by a crash.
     */
    public boolean markPossiblySent(long id, String reason) {
        return db.inTransaction(c -> {
            if (Sql.update(c, "update outbox set status = 'POSSIBLY_SENT', last_error = ? where id = ? and status = 'SENDING'",
                    IntakeStore.truncate(reason, 2000), id) == 0) {
                return false;
            }
            OutboxMail m = byId(c, id);
            if (m.isRequest()) {
                RequestStore.followOutbox(c, m.requestId(), RequestStatus.POSSIBLY_SENT, null);
            }
            AuditLog.record(c, m.intakeId(), m.requestId(), "POSSIBLY_SENT", "sending " + m.messageId()
                    + " broke off before the server's reply (" + IntakeStore.truncate(reason, 500)
                    + "); its archive copy will tell");
            return true;
        });
    }

    /** An interrupted send whose archive copy was found: it went through. Only from POSSIBLY_SENT. */
    public boolean markSentByEvidence(long id, String evidence) {
        return db.inTransaction(c -> {
            OutboxMail m = byId(c, id);
            Instant now = Instant.now();
            if (Sql.update(c, "update outbox set status = 'SENT', sent_at = ?, resolved_by = ? where id = ? "
                    + "and status = 'POSSIBLY_SENT'", now, IntakeStore.truncate("SENT by evidence: " + evidence, 1000),
                    id) == 0) {
                return false;
            }
            if (m.isRequest()) {
                RequestStore.followOutbox(c, m.requestId(), RequestStatus.SENT, now);
            }
            AuditLog.record(c, m.intakeId(), m.requestId(), "SENT_BY_EVIDENCE", m.messageId() + ": " + evidence);
            return true;
        });
    }

    /**
     * An interrupted send with no archive copy after the grace period: the SMTP transaction never completed, so
     * it is queued again (PENDING, due now). Only from POSSIBLY_SENT.
     */
    public boolean resend(long id, String evidence) {
        return db.inTransaction(c -> {
            OutboxMail m = byId(c, id);
            if (Sql.update(c, "update outbox set status = 'PENDING', resends = resends + 1, next_attempt_at = ?, "
                    + "resolved_by = ? where id = ? and status = 'POSSIBLY_SENT'", Instant.now(),
                    IntakeStore.truncate("re-sent: " + evidence, 1000), id) == 0) {
                return false;
            }
            if (m.isRequest()) {
                RequestStore.followOutbox(c, m.requestId(), RequestStatus.QUEUED, null);
            }
            AuditLog.record(c, m.intakeId(), m.requestId(), "RESENT", m.messageId() + ": " + evidence);
            return true;
        });
    }

    /** A POSSIBLY_SENT mail a person was told about (once); it stays POSSIBLY_SENT. */
    public void markNotified(Connection c, long id, String evidence) throws SQLException {
        Sql.update(c, "update outbox set notified_at = ?, resolved_by = ? where id = ? and notified_at is null",
                Instant.now(), IntakeStore.truncate("left for a person: " + evidence, 1000), id);
    }

    /** An interrupted send waiting for evidence. */
    public record Interrupted(OutboxMail mail, Instant sendingAt, int resends, boolean notified) {
    }

    /** The mails still POSSIBLY_SENT, oldest first. */
    public List<Interrupted> interrupted() {
        return db.inTransaction(c -> Sql.list(c, "select " + COLUMNS + ", sending_at, resends, notified_at "
                + "from outbox where status = 'POSSIBLY_SENT' order by id", rs -> {
                    Instant at = Sql.instant(rs, "sending_at");
                    return new Interrupted(map(rs), at == null ? Instant.EPOCH : at, rs.getInt("resends"),
                            rs.getTimestamp("notified_at") != null);
                }));
    }

    /** The Message-ID of the newest request sent normally (not settled by evidence) after {@code after}, if any. */
    public Optional<String> sentAfter(Instant after, long notId) {
        return db.inTransaction(c -> Sql.first(c, "select message_id from outbox where status = 'SENT' "
                + "and resolved_by is null and sent_at > ? and id <> ? order by sent_at desc fetch first 1 rows only",
                rs -> rs.getString(1), after, notId));
    }

    /** The Message-ID of the newest mail sent normally before {@code before}, if any. */
    public Optional<String> sentBefore(Instant before, long notId) {
        return db.inTransaction(c -> Sql.first(c, "select message_id from outbox where status = 'SENT' "
                + "and resolved_by is null and sent_at < ? and id <> ? order by sent_at desc fetch first 1 rows only",
                rs -> rs.getString(1), before, notId));
    }

    /** How interrupted sends were settled so far: SENT by evidence, re-sent, left POSSIBLY_SENT (counts). */
    public Map<String, Long> resolutions() {
        return db.inTransaction(c -> {
            Map<String, Long> out = new TreeMap<>();
            for (Map.Entry<String, Long> e : Sql.list(c, "select kind, count(*) from event where kind in "
                    + "('POSSIBLY_SENT', 'SENT_BY_EVIDENCE', 'RESENT', 'POSSIBLY_SENT_NOTICE') group by kind",
                    rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
                out.put(e.getKey(), e.getValue());
            }
            return out;
        });
    }

    /** What waits in the outbox, for {@code pdbot status}: counts by status and the last error of a retried mail. */
    public record Backlog(int waiting, int possiblySent, int failed, String lastError) {
    }

    public Backlog backlog() {
        return db.inTransaction(c -> {
            int waiting = 0;
            int possiblySent = 0;
            int failed = 0;
            for (Map.Entry<String, Integer> e : Sql.list(c, "select status, count(*) from outbox group by status",
                    rs -> Map.entry(rs.getString(1), rs.getInt(2)))) {
                switch (e.getKey()) {
                    case "PENDING", "SENDING" -> waiting += e.getValue();
                    case "POSSIBLY_SENT" -> possiblySent = e.getValue();
                    case "FAILED" -> failed = e.getValue();
                    default -> { }
                }
            }
            String lastError = Sql.first(c, "select last_error from outbox where status = 'PENDING' "
                    + "and last_error is not null order by next_attempt_at desc fetch first row only",
                    rs -> rs.getString(1)).orElse(null);
            return new Backlog(waiting, possiblySent, failed, lastError);
        });
    }

    /** A temporary failure: back to PENDING, tried again after {@code retryIn}. */
    public void markForRetry(long id, String error, Duration retryIn) {
        db.inTransaction(c -> {
            if (Sql.update(c, "update outbox set attempts = case when status = 'PENDING' then attempts + 1 else attempts end, "
                    + "status = 'PENDING', last_error = ?, next_attempt_at = ? where id = ? "
                    + "and status in ('SENDING', 'PENDING')", IntakeStore.truncate(error, 2000),
                    Instant.now().plus(retryIn), id) == 0) {
                return null; // not this sender's to retry: it was never marked SENDING, or is settled
            }
            OutboxMail m = byId(c, id);
            AuditLog.record(c, m.intakeId(), m.requestId(), "SEND_RETRY", error);
            return null;
        });
    }

    /** A permanent failure (the server refused the mail): visible on the case, not retried. */
    public void markFailed(long id, String error) {
        db.inTransaction(c -> {
            OutboxMail m = byId(c, id);
            if (Sql.update(c, "update outbox set status = 'FAILED', last_error = ? where id = ? "
                    + "and status in ('SENDING', 'PENDING')", IntakeStore.truncate(error, 2000), id) == 0) {
                return null;
            }
            if (m.isRequest()) {
                RequestStore.followOutbox(c, m.requestId(), RequestStatus.FAILED, null);
            }
            AuditLog.record(c, m.intakeId(), m.requestId(), "SEND_FAILED", error);
            return null;
        });
    }

    /** Which mails still SENDING are taken as cut short. */
    public enum Interruption {
        /** Every one: this instance is alone on its database and just started. */
        ALL,
        /** Those this instance was sending before it stopped, and those whose lease ran out: at start, shared. */
        MINE_AND_EXPIRED,
        /** Those whose lease ran out: an instance died sending them (checked while running, shared). */
        EXPIRED
    }

    /**
     * A mail still SENDING that nobody is sending any more was cut short mid-send. The server may have accepted
     * it, so it becomes POSSIBLY_SENT, settled by its archive copy, never simply sent again. Returns how many.
     */
    public int flagInterruptedSends(Interruption which) {
        String whose = switch (which) {
            case ALL -> "";
            case MINE_AND_EXPIRED -> " and (sending_by = ? or sending_by is null or lease_until < current_timestamp)";
            case EXPIRED -> " and lease_until < current_timestamp";
        };
        Object[] args = which == Interruption.MINE_AND_EXPIRED ? new Object[] {instance} : new Object[0];
        return db.inTransaction(c -> {
            List<OutboxMail> interrupted = Sql.list(c, "select " + COLUMNS + " from outbox where status = 'SENDING'"
                    + whose + " for update skip locked", OutboxStore::map, args);
            for (OutboxMail m : interrupted) {
                Sql.update(c, "update outbox set status = 'POSSIBLY_SENT' where id = ? and status = 'SENDING'", m.id());
                if (m.isRequest()) {
                    RequestStore.followOutbox(c, m.requestId(), RequestStatus.POSSIBLY_SENT, null);
                }
                AuditLog.record(c, m.intakeId(), m.requestId(), "POSSIBLY_SENT",
                        "pdbot stopped while sending " + m.messageId() + "; its archive copy will tell");
            }
            return interrupted.size();
        });
    }

    public int flagInterruptedSends() {
        return flagInterruptedSends(Interruption.ALL);
    }

    /** The request an outgoing mail with this Message-ID was about (the request itself, a notice, a reminder). */
    public Optional<Long> requestOf(String messageId) {
        return db.inTransaction(c -> Sql.first(c, "select request_id from outbox where message_id = ? "
                + "and request_id is not null order by id", rs -> rs.getLong(1), messageId));
    }

    public List<OutboxMail> all() {
        return db.inTransaction(c -> Sql.list(c, "select " + COLUMNS + " from outbox order by id", OutboxStore::map));
    }

    private static OutboxMail byId(Connection c, long id) throws SQLException {
        return Sql.first(c, "select " + COLUMNS + " from outbox where id = ?", OutboxStore::map, id)
                .orElseThrow(() -> new SQLException("No outbox mail " + id));
    }

    private static OutboxMail map(ResultSet rs) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("kind"), Sql.id(rs, "intake_id"), Sql.id(rs, "request_id"),
                rs.getString("message_id"), rs.getString("recipients"), rs.getString("eml_path"), rs.getString("status"),
                rs.getInt("attempts"), rs.getString("last_error"));
    }
}
