package org.pdbot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.pdbot.app.Bot;
import org.pdbot.config.Settings;
import org.pdbot.sandbox.Sandbox;

/** What the child JVMs share: a bot pointed at the parent's GreenMail, and waiting for the parent's stop. */
final class ChildBot {

    private ChildBot() {
    }

    static Bot start(int imapPort, int smtpPort, Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("pdbot.imap.host", Sandbox.HOST);
        values.put("pdbot.imap.port", String.valueOf(imapPort));
        values.put("pdbot.imap.username", BenchServer.INBOX);
        values.put("pdbot.imap.password", BenchServer.PASSWORD);
        values.put("pdbot.smtp.host", Sandbox.HOST);
        values.put("pdbot.smtp.port", String.valueOf(smtpPort));
        values.put("pdbot.mail.security", "none");
        values.put("pdbot.data-dir", dataDir.toString());
        values.put("pdbot.submit.mode", "auto");
        values.put("pdbot.message-id.secret", "bench-secret-0123456789abcdef");
        values.putAll(overrides);
        return Bot.start(Settings.load(Path.of("config"), Map.of(), values));
    }

    /** Blocks until the parent closes our standard input. */
    static void awaitStop() throws IOException {
        while (System.in.read() != -1) {
            // nothing is sent; only the end matters
        }
    }

    static void answer(String kind, String text) {
        System.out.println(ChildJvm.ANSWER + kind + " " + text);
        System.out.flush();
    }
}
