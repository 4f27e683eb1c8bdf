package org.pdbot.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A GreenMail owned by the test (not the bot's sandbox), which the test can stop and start again: the first start
 * takes free ports (port 0), a restart binds the same ports again so the bot finds it where it was. A restart
 * begins with empty mailboxes.
 */
public final class MailServer implements AutoCloseable {

    public static final String INBOX = "intake@clinic.test";
    public static final String PASSWORD = "intake-secret";

    private int smtpPort;
    private int imapPort;
    private GreenMail greenMail;

    private MailServer() {
    }

    public static MailServer start() {
        MailServer s = new MailServer();
        s.startOn(0, 0);
        s.smtpPort = s.greenMail.getSmtp().getPort();
        s.imapPort = s.greenMail.getImap().getPort();
        return s;
    }

    private void startOn(int smtp, int imap) {
        ServerSetup smtpSetup = new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imapSetup = new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtp == 0 ? smtpSetup.dynamicPort() : smtpSetup,
                imap == 0 ? imapSetup.dynamicPort() : imapSetup})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(INBOX, INBOX, PASSWORD));
        greenMail.start();
    }

    /** The mail server goes away: connections are refused until {@link #restart}. */
    public void stop() {
        greenMail.stop();
        greenMail = null;
    }

    public void restart() {
        startOn(smtpPort, imapPort);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The settings that point the bot at this server. */
    public Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("pdbot.imap.host", "127.0.0.1");
        s.put("pdbot.imap.port", String.valueOf(imapPort));
        s.put("pdbot.imap.username", INBOX);
        s.put("pdbot.imap.password", PASSWORD);
        s.put("pdbot.smtp.host", "127.0.0.1");
        s.put("pdbot.smtp.port", String.valueOf(smtpPort));
        s.put("pdbot.mail.security", "none");
        s.put("pdbot.mail.timeout-ms", "3000");
        return s;
    }

    public List<MimeMessage> mailbox(String address, String folder) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        return f == null ? List.of() : Delivered.stored(f).stream().map(StoredMessage::getMimeMessage).toList();
    }

    @Override
    public void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Settings on top of {@link #settings}. */
    public Map<String, String> settings(Map<String, String> more) {
        Map<String, String> s = new HashMap<>(settings());
        s.putAll(more);
        return s;
    }
}
