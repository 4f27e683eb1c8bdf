package org.pdbot.cli;

import java.util.ArrayList;
import java.util.List;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxStore;

/**
 * What {@code pdbot status} says about outgoing mail, in a few lines: mail waiting (and why, during an
 * outage), mail that may have gone out before a crash, and mail the server refused.
 */
record OutboxState(int waiting, String lastError, int possiblySent, int failed) {

    static OutboxState of(Database db) {
        OutboxStore.Backlog b = new OutboxStore(db).backlog();
        return new OutboxState(b.waiting(), b.lastError(), b.possiblySent(), b.failed());
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
