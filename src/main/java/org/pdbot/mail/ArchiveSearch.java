package org.pdbot.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;
import java.util.List;
import java.util.Optional;
import org.apache.camel.component.mail.MailAuthenticator;

/**
 * Searches the clinic's own mailbox (the one pdbot reads) for the archive copy of a sent mail by its Message-ID
 * ({@code IMAP SEARCH HEADER Message-ID <…>}), in the folders of {@code pdbot.outbox.evidence-folders}, in their
 * order: the inbox first (the copy lands there), then the folder intake files it in. A folder that does not
 * exist yet holds nothing. One connection per search round, closed after it.
 *
 * <p>Intake files the copy out of the inbox while a search may be looking at it. A copy the server matched by its
 * whole bracketed Message-ID, which no other mail carries, was in that folder, even if it was moved before its
 * header could be read; and "no copy" is said only after a second look, since a copy on its way between two
 * folders may show in neither for a moment.
 */
public final class ArchiveSearch implements SentCopies {

    private static final int LOOKS = 2;
    private static final long SECOND_LOOK_MS = 500;

    private final MailEndpoints endpoints;
    private final MailAuthenticator authenticator;
    private final List<String> folders;
    private final String mailbox;

    public ArchiveSearch(MailEndpoints endpoints, MailAuthenticator authenticator, List<String> folders, String mailbox) {
        this.endpoints = endpoints;
        this.authenticator = authenticator;
        this.folders = List.copyOf(folders);
        this.mailbox = mailbox;
    }

    @Override
    public boolean available() {
        return !folders.isEmpty();
    }

    @Override
    public synchronized Optional<String> find(String messageId) throws MessagingException {
        Store store = endpoints.connectImap(authenticator, endpoints.timeoutMs());
        try {
            // a copy being filed moves between two folders; a server whose MOVE takes it out of the inbox before it
            // lands in the other folder shows it in neither for a moment, so "none" is said only after a second
            // look (a copy really missing costs that look; one found costs nothing)
            for (int pass = 1; ; pass++) {
                Optional<String> found = look(store, messageId);
                if (found.isPresent() || pass == LOOKS) {
                    return found;
                }
                pause();
            }
        } finally {
            store.close();
        }
    }

    private Optional<String> look(Store store, String messageId) throws MessagingException {
        for (String name : folders) {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                continue;
            }
            folder.open(Folder.READ_ONLY);
            try {
                Message[] found = folder.search(new HeaderTerm("Message-ID", messageId));
                // the server matched the whole bracketed Message-ID, which no other mail carries: found. (Its
                // answer names messages by sequence number, which another session filing mail meanwhile can
                // shift under this one, so the header of the numbered message is checked only for other IDs.)
                if (found.length > 0 && bracketed(messageId)) {
                    return Optional.of("folder " + name + " of " + mailbox);
                }
                for (Message m : found) {
                    if (carries(m, messageId)) {
                        return Optional.of("folder " + name + " of " + mailbox);
                    }
                }
            } finally {
                folder.close(false);
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(SECOND_LOOK_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean carries(Message m, String messageId) throws MessagingException {
        try {
            String[] ids = m.getHeader("Message-ID");
            return ids != null && ids.length > 0 && ids[0].strip().equalsIgnoreCase(messageId.strip());
        } catch (MessageRemovedException movedMeanwhile) {
            return bracketed(messageId);
        }
    }

    private static boolean bracketed(String messageId) {
        String id = messageId.strip();
        return id.startsWith("<") && id.endsWith(">") && id.indexOf('@') > 0;
    }

    @Override
    public String describe() {
        return "folders " + String.join(", ", folders) + " of " + mailbox;
    }
}
