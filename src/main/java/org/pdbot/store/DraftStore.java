package org.pdbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Drafts awaiting an attorney's approval, and the case each request was drafted from. */
public final class DraftStore {

    private static final String COLUMNS = "id, request_id, version, message_id, reference, reviewer, request_emls, "
            + "recipients, superseded, created_at, letter_date, letter_text, findings";

    private final Database db;

    public DraftStore(Database db) {
        this.db = db;
    }

    /** The number the next draft of a request will carry. */
    public static int nextVersion(Connection c, long requestId) throws SQLException {
        return (int) Sql.number(c, "select coalesce(max(version), 0) from draft where request_id = ?", requestId) + 1;
    }

    /** Adds a new draft of a request, superseding its earlier ones, in the caller's transaction. */
    public static DraftRecord insert(Connection c, long requestId, String messageId, String reference, String reviewer,
                                     List<Path> requestMails, String recipients, DraftRecord.Letter letter)
            throws SQLException {
        int version = nextVersion(c, requestId);
        Sql.update(c, "update draft set superseded = true where request_id = ?", requestId);
        Instant now = Instant.now();
        long id = Sql.insert(c, "insert into draft (request_id, version, message_id, reference, reviewer, request_emls, "
                + "recipients, created_at, letter_date, letter_text, findings) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                requestId, version, messageId, reference, reviewer,
                requestMails.stream().map(Path::toString).collect(Collectors.joining("\n")),
                IntakeStore.truncate(recipients, 4000), now, letter == null ? null : letter.date(),
                letter == null ? null : letter.text(), letter == null ? null : letter.findings());
        return new DraftRecord(id, requestId, version, messageId, reference, reviewer, requestMails, recipients, false,
                now, letter);
    }

    public Optional<DraftRecord> byMessageId(String messageId) {
        return one("select " + COLUMNS + " from draft where message_id = ?", messageId);
    }

    public Optional<DraftRecord> byReference(String reference) {
        return one("select " + COLUMNS + " from draft where reference = ?", reference);
    }

    public Optional<DraftRecord> latest(long requestId) {
        return one("select " + COLUMNS + " from draft where request_id = ? order by version desc fetch first row only",
                requestId);
    }

    /** The case a request was drafted from, as JSON. */
    public Optional<String> caseJson(long requestId) {
        return db.inTransaction(c -> Sql.first(c, "select case_json from pd_request where id = ?", rs -> rs.getString(1),
                requestId));
    }

    /**
     * Retires a draft whose approval found the request changed, only if it is still the request's current draft
     * and the request is still a draft: the one place that decides, so two such approvals make one new draft.
     */
    public static boolean supersede(Connection c, long draftId) throws SQLException {
        return Sql.update(c, "update draft set superseded = true where id = ? and superseded = false and exists "
                + "(select 1 from pd_request r where r.id = draft.request_id and r.status = 'DRAFT')", draftId) == 1;
    }

    private static DraftRecord.Letter letter(ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject("letter_date", LocalDate.class);
        String text = rs.getString("letter_text");
        return date == null || text == null ? null
                : new DraftRecord.Letter(date, text, rs.getString("findings"));
    }

    private Optional<DraftRecord> one(String sql, Object param) {
        return db.inTransaction(c -> Sql.first(c, sql, DraftStore::map, param));
    }

    private static DraftRecord map(ResultSet rs) throws SQLException {
        return new DraftRecord(rs.getLong("id"), rs.getLong("request_id"), rs.getInt("version"),
                rs.getString("message_id"), rs.getString("reference"), rs.getString("reviewer"),
                Arrays.stream(rs.getString("request_emls").split("\n")).map(Path::of).toList(),
                rs.getString("recipients"), rs.getBoolean("superseded"), Sql.instant(rs, "created_at"), letter(rs));
    }
}
