package org.pdbot.cli;

import org.pdbot.mail.Outbox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.pdbot.store.Database;

/**
 * What {@code pdbot status} says about outgoing mail, in a few lines: mail waiting (and why, during an
 * outage), mail that may have gone out before a crash, and mail the server refused.
 */
record OutboxState(int waiting, String lastError, int possiblySent, int failed) {

    static OutboxState of(Database db) {
        return db.inTransaction(c -> {
            int waiting = 0;
            int possiblySent = 0;
            int failed = 0;
            try (PreparedStatement ps = c.prepareStatement("select status, count(*) from outbox group by status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "PENDING", "SENDING" -> waiting += rs.getInt(2);
                        case "POSSIBLY_SENT" -> possiblySent = rs.getInt(2);
                        case "FAILED" -> failed = rs.getInt(2);
                        default -> { }
                    }
                }
            }
            String lastError = null;
            try (PreparedStatement ps = c.prepareStatement("select last_error from outbox where status = 'PENDING' "
                    + "and last_error is not null order by next_attempt_at desc fetch first row only");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lastError = rs.getString(1);
                }
            }
            return new OutboxState(waiting, lastError, possiblySent, failed);
        });
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        if (waiting > 0) {
            out.add("Outbox: " + waiting + " mail(s) waiting to be sent"
                    + (lastError == null ? "" : "; retrying after: " + oneLine(lastError)));
        }
        if (possiblySent > 0) {
            out.add("POSSIBLY_SENT: " + possiblySent + " mail(s) were being sent when pdbot stopped; pdbot settles them"
                    + " by their archive copies (README, \"Interrupted sends\"), and tells the attorney of any it cannot.");
        }
        if (failed > 0) {
            out.add("FAILED: " + failed + " mail(s) were refused by the mail server and will not be retried.");
        }
        if (!out.isEmpty()) {
            out.add(0, "");
        }
        return out;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
