package org.pdbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
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
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(version), 0) from draft where request_id = ?")) {
            ps.setLong(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    /** Adds a new draft of a request, superseding its earlier ones, in the caller's transaction. */
    public static DraftRecord insert(Connection c, long requestId, String messageId, String reference, String reviewer,
                                     List<Path> requestMails, String recipients, DraftRecord.Letter letter)
            throws SQLException {
        int version = nextVersion(c, requestId);
        try (PreparedStatement ps = c.prepareStatement("update draft set superseded = true where request_id = ?")) {
            ps.setLong(1, requestId);
            ps.executeUpdate();
        }
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("insert into draft (request_id, version, message_id, reference, "
                + "reviewer, request_emls, recipients, created_at, letter_date, letter_text, findings) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, requestId);
            ps.setInt(2, version);
            ps.setString(3, messageId);
            ps.setString(4, reference);
            ps.setString(5, reviewer);
            ps.setString(6, requestMails.stream().map(Path::toString).collect(Collectors.joining("\n")));
            ps.setString(7, IntakeStore.truncate(recipients, 4000));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setObject(9, letter == null ? null : letter.date());
            ps.setString(10, letter == null ? null : letter.text());
            ps.setString(11, letter == null ? null : letter.findings());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new DraftRecord(keys.getLong(1), requestId, version, messageId, reference, reviewer, requestMails,
                        recipients, false, now, letter);
            }
        }
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
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("select case_json from pd_request where id = ?")) {
                ps.setLong(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Retires a draft whose approval found the request changed, only if it is still the request's current draft
     * and the request is still a draft: the one place that decides, so two such approvals make one new draft.
     */
    public static boolean supersede(Connection c, long draftId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update draft set superseded = true where id = ? and "
                + "superseded = false and exists (select 1 from pd_request r where r.id = draft.request_id "
                + "and r.status = 'DRAFT')")) {
            ps.setLong(1, draftId);
            return ps.executeUpdate() == 1;
        }
    }

    private static DraftRecord.Letter letter(ResultSet rs) throws SQLException {
        LocalDate date = rs.getObject("letter_date", LocalDate.class);
        String text = rs.getString("letter_text");
        return date == null || text == null ? null
                : new DraftRecord.Letter(date, text, rs.getString("findings"));
    }

    private Optional<DraftRecord> one(String sql, Object param) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new DraftRecord(rs.getLong("id"), rs.getLong("request_id"), rs.getInt("version"),
                            rs.getString("message_id"), rs.getString("reference"), rs.getString("reviewer"),
                            Arrays.stream(rs.getString("request_emls").split("\n")).map(Path::of).toList(),
                            rs.getString("recipients"), rs.getBoolean("superseded"),
                            rs.getTimestamp("created_at").toInstant(), letter(rs)));
                }
            }
        });
    }
}
