package org.pdbot.bench;

import org.pdbot.testing.Delivered;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.pdbot.sandbox.Sandbox;
import org.pdbot.testing.RunningBot;

/**
 * The one GreenMail every measurement runs against: 127.0.0.1, free ports, the clinic inbox as a user.
 * Mail is preloaded straight into the store (not over SMTP), so loading is never part of a measured time.
 */
final class BenchServer implements AutoCloseable {

    static final String INBOX = RunningBot.INBOX;
    static final String PASSWORD = "intake";

    private final Sandbox sandbox;
    private final Session session = Session.getInstance(new Properties());

    private BenchServer(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static BenchServer start() {
        return new BenchServer(Sandbox.start(0, 0, INBOX, PASSWORD));
    }

    int imapPort() {
        return sandbox.imapPort();
    }

    int smtpPort() {
        return sandbox.smtpPort();
    }

    GreenMail greenMail() {
        return sandbox.greenMail();
    }

    /** The settings that point a pdbot at this server (plain IMAP/SMTP on loopback). */
    Map<String, String> pdbotSettings() {
        return sandbox.settings();
    }

    /** Puts the cases into the clinic inbox, unread, in order. */
    void preload(List<BenchCase> cases) {
        GreenMailUser inbox = user(INBOX);
        // parsed on every core, delivered one by one so the inbox holds them in the cases' order
        List<MimeMessage> messages = cases.parallelStream().map(c -> parse(c.mime())).toList();
        for (MimeMessage m : messages) {
            inbox.deliver(m);
        }
    }

    void preload(MimeMessage message) {
        user(INBOX).deliver(message);
    }

    MimeMessage parse(byte[] mime) {
        try {
            return new MimeMessage(session, new ByteArrayInputStream(mime));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties every folder of every mailbox, and gives each a kept UID list (see {@link IndexedUidCollection}). */
    void purge() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
            IndexedUidCollection.installOnEmptyFolders(greenMail());
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many mails one folder of one mailbox holds (0 when neither exists yet). */
    int count(String address, String folderName) {
        MailFolder folder = folder(address, folderName);
        return folder == null ? 0 : folder.getMessageCount();
    }

    int inboxCount(String address) {
        return count(address, "INBOX");
    }

    int inboxCount(Collection<String> addresses) {
        int total = 0;
        for (String a : addresses) {
            total += inboxCount(a);
        }
        return total;
    }

    List<MimeMessage> inbox(String address) {
        MailFolder folder = folder(address, "INBOX");
        return folder == null ? List.of() : Delivered.stored(folder).stream().map(StoredMessage::getMimeMessage).toList();
    }

    /**
     * Waits until the mailboxes together hold {@code expected} mails; returns the nanoTime it saw them.
     *
     * @throws IllegalStateException naming what was missing, when they do not within the timeout
     */
    long awaitInbox(Collection<String> addresses, int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long now = System.nanoTime();
            int have = inboxCount(addresses);
            if (have >= expected) {
                return now;
            }
            if (now > deadline) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for " + expected
                        + " mail(s) in " + (addresses.size() == 1 ? addresses.iterator().next() : addresses.size()
                        + " mailboxes") + "; " + have + " arrived");
            }
            sleep(2);
        }
    }

    private GreenMailUser user(String address) {
        GreenMailUser user = greenMail().getUserManager().getUserByEmail(address);
        if (user == null) {
            try {
                user = greenMail().getUserManager().createUser(address, address, address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return user;
    }

    private MailFolder folder(String address, String folderName) {
        GreenMailUser user = greenMail().getUserManager().getUserByEmail(address);
        return user == null ? null : greenMail().getManagers().getImapHostManager().getFolder(user, folderName);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
