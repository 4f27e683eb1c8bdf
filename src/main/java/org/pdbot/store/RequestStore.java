package org.pdbot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * PD requests pdbot prepared, with their status. The only class that writes {@code pd_request}: every status
 * change passes {@link RequestStatus#canMoveTo} and is written only if the request is still where the change
 * was decided from, so two changes decided at once cannot both land.
 *
 * <p>Longer than most: it is the one writer of the request table by design (issue #15), so the reads the
 * features need, the corrections, the approvals and the outbox's and tracker's status moves sit together
 * rather than in classes that would each write the same rows again.
 */
public final class RequestStore {

    private static final String COLUMNS = "id, intake_id, a_number, client_name, pd_types, office_code, "
            + "office_address, matched_by, subject, reference, message_id, next_hearing, detained, attorney_email, "
            + "status, created_at, sent_at";

    private final Database db;

    public RequestStore(Database db) {
        this.db = db;
    }

    /** Inserts a request (with its status, QUEUED when none) in the caller's transaction; returns it with its id. */
    public static RequestRecord insert(Connection c, RequestRecord r) throws SQLException {
        Instant now = Instant.now();
        String status = r.status() == null ? RequestStatus.QUEUED.name() : r.status();
        RequestStatus.valueOf(status); // a name the statuses know, or IllegalArgumentException
        long id = Sql.insert(c, "insert into pd_request (intake_id, a_number, client_name, pd_types, office_code, "
                + "office_address, matched_by, subject, reference, message_id, next_hearing, detained, attorney_email, "
                + "status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.intakeId(), r.aNumber(),
                IntakeStore.truncate(r.clientName(), 500), r.pdTypes(), r.officeCode(), r.officeAddress(),
                IntakeStore.truncate(r.matchedBy(), 500), IntakeStore.truncate(r.subject(), 1000), r.reference(),
                r.messageId(), r.nextHearing(), r.detained(), r.attorneyEmail(), status, now);
        return new RequestRecord(id, r.intakeId(), r.aNumber(), r.clientName(), r.pdTypes(), r.officeCode(),
                r.officeAddress(), r.matchedBy(), r.subject(), r.reference(), r.messageId(), r.nextHearing(),
                r.detained(), r.attorneyEmail(), status, now, null);
    }

    public List<RequestRecord> all() {
        return query("select " + COLUMNS + " from pd_request order by id");
    }

    /** The {@code limit} most recent requests, oldest of them first: one index range read, however long the history. */
    public List<RequestRecord> latest(int limit) {
        List<RequestRecord> latest = new ArrayList<>(query("select " + COLUMNS + " from pd_request order by id desc"
                + " fetch first ? rows only", Math.max(0, limit)));
        Collections.reverse(latest);
        return latest;
    }

    public long count() {
        return db.inTransaction(c -> Sql.number(c, "select count(*) from pd_request"));
    }

    public List<RequestRecord> byANumber(String nineDigits) {
        return query("select " + COLUMNS + " from pd_request where a_number = ? order by id", nineDigits);
    }

    public Optional<RequestRecord> byMessageId(String messageId) {
        return query("select " + COLUMNS + " from pd_request where message_id = ?", messageId).stream().findFirst();
    }

    /** Requests for the same case (A-number and PD types), newest first, leaving out rejected drafts. */
    public List<RequestRecord> byCaseKey(String caseKey) {
        return query("select " + COLUMNS + " from pd_request where case_key = ? and status <> 'REJECTED' "
                + "order by id desc", caseKey);
    }

    public Optional<RequestRecord> byId(long id) {
        return query("select " + COLUMNS + " from pd_request where id = ?", id).stream().findFirst();
    }

    public Optional<RequestRecord> byReference(String reference) {
        return query("select " + COLUMNS + " from pd_request where reference = ?", reference).stream().findFirst();
    }

    /**
     * Requests still waiting for a decision that have not been reminded about: sent before {@code sentBefore},
     * or with a hearing on or before {@code hearingBy}.
     */
    public List<RequestRecord> overdueCandidates(Instant sentBefore, LocalDate hearingBy) {
        return query("select " + COLUMNS + " from pd_request where status in ('SENT', 'ACKNOWLEDGED') "
                + "and reminded_at is null and (sent_at < ? or next_hearing <= ?) order by id", sentBefore, hearingBy);
    }

    /** A corrected draft: what the request will say and where it goes, before anything was sent. */
    public static void updateDraft(Connection c, long id, String clientName, String officeCode, String officeAddress,
                                   String matchedBy, String subject, LocalDate nextHearing, Boolean detained,
                                   String attorneyEmail) throws SQLException {
        Sql.update(c, "update pd_request set client_name = ?, office_code = ?, office_address = ?, matched_by = ?, "
                + "subject = ?, next_hearing = ?, detained = ?, attorney_email = ? where id = ?",
                IntakeStore.truncate(clientName, 500), officeCode, officeAddress, IntakeStore.truncate(matchedBy, 500),
                IntakeStore.truncate(subject, 1000), nextHearing, detained, attorneyEmail, id);
    }

    /**
     * {@code from → to} with its reason in the request's history, in the caller's transaction. False when the
     * request is no longer {@code from} (another change came first): nothing is written then.
     */
    public static boolean changeStatus(Connection c, long requestId, RequestStatus from, RequestStatus to,
                                       String reason, String messageId) throws SQLException {
        if (!move(c, requestId, from, to)) {
            return false;
        }
        history(c, requestId, from, to, reason, messageId);
        AuditLog.record(c, null, requestId, "STATUS", from + " -> " + to + ": " + reason);
        return true;
    }

    /**
     * DRAFT → {@code to} (QUEUED on approval, REJECTED), only if still a draft, with who decided: the one place
     * that decides, so approving twice sends once. Returns false when the request was no longer a draft.
     */
    public static boolean decide(Connection c, long requestId, RequestStatus to, String by, String reason)
            throws SQLException {
        if (!move(c, requestId, RequestStatus.DRAFT, to)) {
            return false;
        }
        Sql.update(c, "update pd_request set approved_by = ?, approved_at = ? where id = ?",
                IntakeStore.truncate(by, 320), Instant.now(), requestId);
        history(c, requestId, RequestStatus.DRAFT, to, reason, null);
        AuditLog.record(c, null, requestId, to == RequestStatus.QUEUED ? "APPROVED" : to.name(), by + ": " + reason);
        return true;
    }

    /**
     * The outbox's word on a request's mail (SENT, POSSIBLY_SENT, QUEUED again, FAILED), applied only where the
     * request may move: an answer OPLA sent before the send was recorded stays. {@code sentAt}, when given, is
     * recorded either way. The outbox keeps its own audit of the mail; returns whether the status moved.
     */
    static boolean followOutbox(Connection c, long requestId, RequestStatus to, Instant sentAt) throws SQLException {
        if (sentAt != null) {
            Sql.update(c, "update pd_request set sent_at = ? where id = ?", sentAt, requestId);
        }
        Optional<RequestStatus> current = Sql.first(c, "select status from pd_request where id = ?",
                rs -> RequestStatus.valueOf(rs.getString(1)), requestId);
        return current.isPresent() && current.get().canMoveTo(to) && move(c, requestId, current.get(), to);
    }

    /** The one status write: checked against the allowed moves, guarded by the expected current status. */
    private static boolean move(Connection c, long requestId, RequestStatus from, RequestStatus to)
            throws SQLException {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Request #" + requestId + " cannot go from " + from + " to " + to);
        }
        return Sql.update(c, "update pd_request set status = ? where id = ? and status = ?", to, requestId, from) == 1;
    }

    private static void history(Connection c, long requestId, RequestStatus from, RequestStatus to, String reason,
                                String messageId) throws SQLException {
        Sql.update(c, "insert into status_change (request_id, at, from_status, to_status, reason, message_id) "
                + "values (?, ?, ?, ?, ?, ?)", requestId, Instant.now(), from, to, IntakeStore.truncate(reason, 1000),
                messageId);
    }

    /** The case as the request was made from it: its dedupe key, its JSON, and the earlier request it repeats. */
    public static void saveCase(Connection c, long requestId, String caseKey, String caseJson, Long duplicateOf)
            throws SQLException {
        Sql.update(c, "update pd_request set case_key = ?, case_json = ?, duplicate_of = ? where id = ?", caseKey,
                caseJson, duplicateOf, requestId);
    }

    /** When a person (not a machine) last wrote in the request's thread. */
    public static void touchReply(Connection c, long requestId, Instant at) throws SQLException {
        Sql.update(c, "update pd_request set last_reply_at = ? where id = ?", at, requestId);
    }

    public static void markReminded(Connection c, long id) throws SQLException {
        Sql.update(c, "update pd_request set reminded_at = ? where id = ?", Instant.now(), id);
    }

    private List<RequestRecord> query(String sql, Object... args) {
        return db.inTransaction(c -> Sql.list(c, sql, RequestStore::map, args));
    }

    private static RequestRecord map(ResultSet rs) throws SQLException {
        Date hearing = rs.getDate("next_hearing");
        return new RequestRecord(rs.getLong("id"), rs.getLong("intake_id"), rs.getString("a_number"),
                rs.getString("client_name"), rs.getString("pd_types"), rs.getString("office_code"),
                rs.getString("office_address"), rs.getString("matched_by"), rs.getString("subject"),
                rs.getString("reference"), rs.getString("message_id"),
                hearing == null ? null : hearing.toLocalDate(), rs.getObject("detained", Boolean.class),
                rs.getString("attorney_email"), rs.getString("status"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "sent_at"));
    }
}
