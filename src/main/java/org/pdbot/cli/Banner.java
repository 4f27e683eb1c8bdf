package org.pdbot.cli;

import org.pdbot.app.Bot;
import org.pdbot.config.Settings;

/** What {@code pdbot run} prints at start: where it listens and how to try it. */
final class Banner {

    private Banner() {
    }

    static String describe(Bot bot) {
        Settings s = bot.components().settings();
        String inbox = s.get("pdbot.clinic.inbox");
        String dropbox = s.get("pdbot.internal.dropbox-dir");
        if (bot.sandbox().isEmpty()) {
            return """
                    pdbot is running: polling %s on %s, drop folder %s, submit mode %s.
                    Ctrl-C stops it.""".formatted(s.get("pdbot.imap.folder", "INBOX"), s.get("pdbot.imap.host"),
                    dropbox, s.get("pdbot.submit.mode", "review"));
        }
        var sandbox = bot.sandbox().get();
        return """
                pdbot is running on its sandbox (nothing leaves this machine).

                  Clinic inbox   %s (password %s)
                  SMTP           127.0.0.1:%d   (no login needed)
                  IMAP           127.0.0.1:%d
                  Drop folder    %s
                  Data           %s
                  Submit mode    %s

                Try it: send a case from any @clinic.test address to %s through the SMTP port,
                or drop a .json/.yaml case file (or an .eml) into the drop folder. Requests to OPLA are kept
                in the sandbox: read them over IMAP, logging in with the office's address as user and password
                (e.g. ICE-OPLA-ATL-PD@ice.dhs.gov / ICE-OPLA-ATL-PD@ice.dhs.gov).
                Ctrl-C stops it.""".formatted(inbox, s.get("pdbot.sandbox.inbox-password", "intake"),
                sandbox.smtpPort(), sandbox.imapPort(), dropbox, s.dataDir().toAbsolutePath(),
                s.get("pdbot.submit.mode", "review"), inbox);
    }
}
