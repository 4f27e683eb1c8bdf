package org.pdbot.sandbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;

/**
 * The embedded mail server pdbot runs on when no real one is configured: GreenMail on 127.0.0.1 with the
 * clinic inbox as a user. Mail to any other address (an OPLA office, a staff member) is kept in GreenMail,
 * readable over IMAP with the address as both login and password. Nothing leaves the machine.
 */
public final class Sandbox implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final PromptGreenMail greenMail;
    private final String inbox;
    private final String password;

    private Sandbox(PromptGreenMail greenMail, String inbox, String password) {
        this.greenMail = greenMail;
        this.inbox = inbox;
        this.password = password;
    }

    /** Starts SMTP and IMAP on the given ports (0 for any free port). */
    public static Sandbox start(int smtpPort, int imapPort, String inbox, String password) {
        ServerSetup smtp = setup(smtpPort, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = setup(imapPort, ServerSetup.PROTOCOL_IMAP);
        PromptGreenMail gm = new PromptGreenMail(new ServerSetup[] {smtp, imap});
        gm.withConfiguration(GreenMailConfiguration.aConfig().withUser(inbox, inbox, password));
        gm.start();
        return new Sandbox(gm, inbox, password);
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup s = new ServerSetup(port, HOST, protocol);
        return port == 0 ? s.dynamicPort() : s;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.imapPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** The settings that point pdbot at this sandbox. */
    public Map<String, String> settings() {
        return Map.of(
                "pdbot.imap.host", HOST,
                "pdbot.imap.port", String.valueOf(imapPort()),
                "pdbot.imap.username", inbox,
                "pdbot.imap.password", password,
                "pdbot.smtp.host", HOST,
                "pdbot.smtp.port", String.valueOf(smtpPort()),
                "pdbot.mail.security", "none");
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
