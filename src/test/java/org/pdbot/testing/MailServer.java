package org.pdbot.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A GreenMail owned by the test (not the bot's sandbox), which the test can stop and start again: the first start
 * takes free ports (port 0), a restart binds the same ports again so the bot finds it where it was. A restart
 * begins with empty mailboxes. The one mail server of the tests that run the bot against their own server
 * (in-process or as a child JVM, which a kill never touches).
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

    public int imapPort() {
        return imapPort;
    }

    /** Puts a mail straight into the clinic inbox, as the provider's MX would. */
    public void deliverToInbox(byte[] raw) {
        deliver(INBOX, raw);
    }

    /** Puts a mail straight into a mailbox, making the mailbox when needed. */
    public void deliver(String address, byte[] raw) {
        try {
            GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
            if (user == null) {
                user = greenMail.setUser(address, address, address);
            }
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot deliver to " + address, e);
        }
    }

    /** Every mail of one folder of one mailbox, flagged deleted or not; none when either does not exist. */
    public List<MimeMessage> mailbox(String address, String folder) {
        return stored(address, folder).stream().map(StoredMessage::getMimeMessage).toList();
    }

    /** The live mails of one folder: those not flagged deleted (on their way out of a folder being filed). */
    public List<MimeMessage> live(String address, String folder) {
        return stored(address, folder).stream().filter(m -> !m.getFlags().contains(Flags.Flag.DELETED))
                .map(StoredMessage::getMimeMessage).toList();
    }

    private List<StoredMessage> stored(String address, String folder) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        return f == null ? List.of() : Delivered.stored(f);
    }

    /** Each mail of a folder with its uid and flags, for a failure report. */
    public String describe(String address, String folder) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        MailFolder f = user == null ? null : greenMail.getManagers().getImapHostManager().getFolder(user, folder);
        if (f == null) {
            return address + "/" + folder + ": none";
        }
        StringBuilder sb = new StringBuilder(address + "/" + folder + ":");
        for (StoredMessage m : Delivered.stored(f)) {
            String id;
            try {
                id = m.getMimeMessage().getMessageID();
            } catch (Exception e) {
                id = "?";
            }
            sb.append("\n  uid ").append(m.getUid()).append(' ').append(id).append(' ').append(m.getFlags());
        }
        return sb.toString();
    }

    /** Mailboxes that exist on the server, other than the clinic inbox. */
    public List<String> otherMailboxes() {
        return greenMail.getUserManager().listUser().stream().map(GreenMailUser::getEmail)
                .filter(e -> !e.equalsIgnoreCase(INBOX)).toList();
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
