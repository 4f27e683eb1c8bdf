package org.pdbot.fault;

import org.pdbot.testing.Delivered;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The clinic's mail server, outside the bot: GreenMail on free loopback ports, run by the test process, so
 * killing the bot never touches what the server holds.
 */
final class MailServer implements AutoCloseable {

    static final String INBOX = "intake@clinic.test";
    static final String PASSWORD = "intake";

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailServer start() {
        GreenMail gm = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(INBOX, INBOX, PASSWORD));
        gm.start();
        return new MailServer(gm);
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    GreenMail greenMail() {
        return greenMail;
    }

    /** Puts a mail straight into the clinic inbox, as the provider's MX would. */
    void deliverToInbox(byte[] raw) {
        deliver(INBOX, raw);
    }

    /** Puts a mail straight into a mailbox, making the mailbox when needed. */
    void deliver(String address, byte[] raw) {
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

    /** The live (not deleted) mails of one folder of one mailbox. */
    List<MimeMessage> folder(String address, String name) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(user, name);
            if (f == null) {
                return List.of();
            }
            List<MimeMessage> out = new ArrayList<>();
            for (StoredMessage m : Delivered.stored(f)) {
                if (!m.getFlags().contains(Flags.Flag.DELETED)) {
                    out.add(m.getMimeMessage());
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read " + address + "/" + name, e);
        }
    }

    /** Each mail of a folder with its flags, for a failure report. */
    String describe(String address, String name) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        MailFolder f = user == null ? null : greenMail.getManagers().getImapHostManager().getFolder(user, name);
        if (f == null) {
            return address + "/" + name + ": none";
        }
        StringBuilder sb = new StringBuilder(address + "/" + name + ":");
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

    /** Mailboxes that hold mail, other than the clinic inbox. */
    List<String> otherMailboxes() {
        return greenMail.getUserManager().listUser().stream().map(GreenMailUser::getEmail)
                .filter(e -> !e.equalsIgnoreCase(INBOX)).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

}
