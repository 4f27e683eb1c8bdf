package org.pdbot.testing;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What people received from a GreenMail server, one entry per mailbox a mail reached, without pdbot's own archive
 * copies: every mail pdbot sends also goes (Bcc) to its clinic mailbox, and {@code getReceivedMessages()} counts
 * that copy as a second mail.
 */
public final class Delivered {

    private Delivered() {
    }

    /** Every mail in every folder of every mailbox, except the archive copies held by {@code clinicMailbox}. */
    public static List<MimeMessage> everywhere(GreenMail greenMail, String clinicMailbox) {
        List<MimeMessage> out = new ArrayList<>();
        ImapHostManager folders = greenMail.getManagers().getImapHostManager();
        for (GreenMailUser user : List.copyOf(greenMail.getUserManager().listUser())) {
            boolean clinic = user.getEmail().equalsIgnoreCase(clinicMailbox);
            for (MailFolder folder : folders(folders, user)) {
                for (StoredMessage stored : stored(folder)) {
                    MimeMessage m = stored.getMimeMessage();
                    if (!(clinic && isArchiveCopy(m, clinicMailbox))) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    private static java.util.Collection<MailFolder> folders(ImapHostManager folders, GreenMailUser user) {
        try {
            return List.copyOf(folders.listMailboxes(user, "*"));
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail in {@code address}'s INBOX. */
    public static List<MimeMessage> inbox(GreenMail greenMail, String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        MailFolder inbox = greenMail.getManagers().getImapHostManager().getFolder(user, "INBOX");
        return inbox == null ? List.of() : stored(inbox).stream().map(StoredMessage::getMimeMessage).toList();
    }

    /**
     * A copy of a folder's messages that is safe to read while GreenMail delivers: {@code getMessages()} is a view
     * of GreenMail's own list, and iterating it during a delivery throws ConcurrentModificationException. Copying
     * goes through {@code toArray()}, which takes the list as it is at that moment.
     */
    public static List<StoredMessage> stored(MailFolder folder) {
        List<StoredMessage> copy = new ArrayList<>(folder.getMessages());
        copy.removeIf(java.util.Objects::isNull);
        return copy;
    }

    /** Sent by the clinic mailbox and held there without being addressed to it: it reached it by Bcc. */
    static boolean isArchiveCopy(MimeMessage m, String clinicMailbox) {
        try {
            if (!addresses(m.getFrom()).contains(clinicMailbox.toLowerCase())) {
                return false;
            }
            return !addresses(m.getAllRecipients()).contains(clinicMailbox.toLowerCase());
        } catch (MessagingException e) {
            return false;
        }
    }

    private static List<String> addresses(Address[] list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (Address a : list) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                    out.add(ia.getAddress().toLowerCase());
                }
            }
        }
        return out;
    }
}
