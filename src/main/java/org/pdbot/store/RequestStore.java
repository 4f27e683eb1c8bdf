package org.pdbot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        try (PreparedStatement ps = c.prepareStatement("insert into pd_request (intake_id, a_number, client_name, "
                + "pd_types, office_code, office_address, matched_by, subject, reference, message_id, next_hearing, "
                + "detained, attorney_email, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.intakeId());
            ps.setString(2, r.aNumber());
            ps.setString(3, IntakeStore.truncate(r.clientName(), 500));
            ps.setString(4, r.pdTypes());
            ps.setString(5, r.officeCode());
            ps.setString(6, r.officeAddress());
            ps.setString(7, IntakeStore.truncate(r.matchedBy(), 500));
            ps.setString(8, IntakeStore.truncate(r.subject(), 1000));
            ps.setString(9, r.reference());
            ps.setString(10, r.messageId());
            ps.setDate(11, r.nextHearing() == null ? null : Date.valueOf(r.nextHearing()));
            ps.setObject(12, r.detained());
            ps.setString(13, r.attorneyEmail());
            ps.setString(14, status);
            ps.setTimestamp(15, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new RequestRecord(keys.getLong(1), r.intakeId(), r.aNumber(), r.clientName(), r.pdTypes(),
                        r.officeCode(), r.officeAddress(), r.matchedBy(), r.subject(), r.reference(), r.messageId(),
                        r.nextHearing(), r.detained(), r.attorneyEmail(), status, now, null);
            }
        }
    }

    public List<RequestRecord> all() {
        return query("select " + COLUMNS + " from pd_request order by id", null);
    }

    /** The {@code limit} most recent requests, oldest of them first: one index range read, however long the history. */
    public List<RequestRecord> latest(int limit) {
        List<RequestRecord> latest = new ArrayList<>(query("select " + COLUMNS + " from pd_request order by id desc"
                + " fetch first " + Math.max(0, limit) + " rows only", null));
        java.util.Collections.reverse(latest);
        return latest;
    }

    public long count() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from pd_request");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
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
        return db.inTransaction(c -> {
            List<RequestRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from pd_request "
                    + "where status in ('SENT', 'ACKNOWLEDGED') and reminded_at is null "
                    + "and (sent_at < ? or next_hearing <= ?) order by id")) {
                ps.setTimestamp(1, Timestamp.from(sentBefore));
                ps.setDate(2, Date.valueOf(hearingBy));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
            return out;
        });
    }

    /** A corrected draft: what the request will say and where it goes, before anything was sent. */
    public static void updateDraft(Connection c, long id, String clientName, String officeCode, String officeAddress,
                                   String matchedBy, String subject, LocalDate nextHearing, Boolean detained,
                                   String attorneyEmail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update pd_request set client_name = ?, office_code = ?, "
                + "office_address = ?, matched_by = ?, subject = ?, next_hearing = ?, detained = ?, attorney_email = ? "
                + "where id = ?")) {
            ps.setString(1, IntakeStore.truncate(clientName, 500));
            ps.setString(2, officeCode);
            ps.setString(3, officeAddress);
            ps.setString(4, IntakeStore.truncate(matchedBy, 500));
            ps.setString(5, IntakeStore.truncate(subject, 1000));
            ps.setDate(6, nextHearing == null ? null : Date.valueOf(nextHearing));
            ps.setObject(7, detained);
            ps.setString(8, attorneyEmail);
            ps.setLong(9, id);
            ps.executeUpdate();
        }
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
        try (PreparedStatement ps = c.prepareStatement(
                "update pd_request set approved_by = ?, approved_at = ? where id = ?")) {
            ps.setString(1, IntakeStore.truncate(by, 320));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setLong(3, requestId);
            ps.executeUpdate();
        }
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
            try (PreparedStatement ps = c.prepareStatement("update pd_request set sent_at = ? where id = ?")) {
                ps.setTimestamp(1, Timestamp.from(sentAt));
                ps.setLong(2, requestId);
                ps.executeUpdate();
            }
        }
        RequestStatus current = currentStatus(c, requestId);
        return current != null && current.canMoveTo(to) && move(c, requestId, current, to);
    }

    private static RequestStatus currentStatus(Connection c, long requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select status from pd_request where id = ?")) {
            ps.setLong(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? RequestStatus.valueOf(rs.getString(1)) : null;
            }
        }
    }

    /** The one status write: checked against the allowed moves, guarded by the expected current status. */
    private static boolean move(Connection c, long requestId, RequestStatus from, RequestStatus to)
            throws SQLException {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Request #" + requestId + " cannot go from " + from + " to " + to);
        }
        try (PreparedStatement ps = c.prepareStatement("update pd_request set status = ? where id = ? and status = ?")) {
            ps.setString(1, to.name());
            ps.setLong(2, requestId);
            ps.setString(3, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    private static void history(Connection c, long requestId, RequestStatus from, RequestStatus to, String reason,
                                String messageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into status_change (request_id, at, from_status, "
                + "to_status, reason, message_id) values (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, requestId);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setString(3, from.name());
            ps.setString(4, to.name());
            ps.setString(5, IntakeStore.truncate(reason, 1000));
            ps.setString(6, messageId);
            ps.executeUpdate();
        }
    }

    /** The case as the request was made from it: its dedupe key, its JSON, and the earlier request it repeats. */
    public static void saveCase(Connection c, long requestId, String caseKey, String caseJson, Long duplicateOf)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update pd_request set case_key = ?, case_json = ?, duplicate_of = ? where id = ?")) {
            ps.setString(1, caseKey);
            ps.setString(2, caseJson);
            ps.setObject(3, duplicateOf);
            ps.setLong(4, requestId);
            ps.executeUpdate();
        }
    }

    /** When a person (not a machine) last wrote in the request's thread. */
    public static void touchReply(Connection c, long requestId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update pd_request set last_reply_at = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, requestId);
            ps.executeUpdate();
        }
    }

    public static void markReminded(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update pd_request set reminded_at = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private List<RequestRecord> query(String sql, Object param) {
        return db.inTransaction(c -> {
            List<RequestRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (param != null) {
                    ps.setObject(1, param);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
            return out;
        });
    }

    private static RequestRecord map(ResultSet rs) throws SQLException {
        Date hearing = rs.getDate("next_hearing");
        Timestamp sent = rs.getTimestamp("sent_at");
        return new RequestRecord(rs.getLong("id"), rs.getLong("intake_id"), rs.getString("a_number"),
                rs.getString("client_name"), rs.getString("pd_types"), rs.getString("office_code"),
                rs.getString("office_address"), rs.getString("matched_by"), rs.getString("subject"),
                rs.getString("reference"), rs.getString("message_id"),
                hearing == null ? null : hearing.toLocalDate(), (Boolean) rs.getObject("detained", Boolean.class),
                rs.getString("attorney_email"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
