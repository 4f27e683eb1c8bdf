package org.pdbot.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.MessageIDTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SearchTerm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files a drain's mails, a few commands for the whole batch: every mail is flagged {@code \Seen} first, then
 * each outcome folder gets its mails in one MOVE (or one COPY), and the copied ones leave the inbox with one
 * {@code STORE +FLAGS \Deleted} and one {@code UID EXPUNGE} of exactly their UIDs, so mail a person flagged
 * deleted in the inbox is never expunged. Without UIDPLUS they stay flagged deleted (pdbot reads only undeleted
 * mail). A crash between COPY and delete leaves a seen mail in the inbox that its folder already holds: when it is
 * read again, a search of that folder for its Message-ID finds it, and this copy is only deleted.
 */
final class InboxFiling {

    private static final Logger log = LoggerFactory.getLogger(InboxFiling.class);

    private final Set<String> knownFolders = new HashSet<>();
    private boolean warnedNoUidPlus;

    /** A new connection: folders are looked up again. */
    void connected() {
        knownFolders.clear();
    }

    void file(IMAPFolder inbox, Map<Long, Message> byUid, Map<String, List<ImapInbox.Fetched>> byFolder)
            throws MessagingException {
        IMAPStore store = (IMAPStore) inbox.getStore();
        List<Message> all = new ArrayList<>();
        byFolder.values().forEach(mails -> all.addAll(messages(byUid, mails)));
        if (all.isEmpty()) {
            return;
        }
        inbox.setFlags(all.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
        boolean move = store.hasCapability("MOVE");
        List<Message> delete = new ArrayList<>();
        for (Map.Entry<String, List<ImapInbox.Fetched>> entry : byFolder.entrySet()) {
            Folder target = folder(store, entry.getKey());
            Set<String> filed = alreadyIn(target, entry.getValue());
            List<ImapInbox.Fetched> copy = new ArrayList<>();
            for (ImapInbox.Fetched f : entry.getValue()) {
                if (f.messageId() != null && filed.contains(f.messageId())) {
                    delete.addAll(messages(byUid, List.of(f)));
                } else {
                    copy.add(f);
                }
            }
            Message[] msgs = messages(byUid, copy).toArray(new Message[0]);
            if (msgs.length == 0) {
                continue;
            }
            if (move) {
                inbox.moveMessages(msgs, target);
            } else {
                inbox.copyMessages(msgs, target);
                delete.addAll(List.of(msgs));
            }
        }
        if (delete.isEmpty()) {
            return;
        }
        Message[] gone = delete.toArray(new Message[0]);
        inbox.setFlags(gone, new Flags(Flags.Flag.DELETED), true);
        if (store.hasCapability("UIDPLUS")) {
            inbox.expunge(gone);
        } else if (!warnedNoUidPlus) {
            warnedNoUidPlus = true;
            log.warn("The mail server has no UIDPLUS: filed mail stays in the inbox flagged deleted (pdbot never"
                    + " expunges the whole inbox, which would also remove mail a person flagged deleted)");
        }
    }

    /**
     * The Message-IDs among {@code mails} that {@code target} already holds, looked for only for mail that was seen
     * before this drain (pdbot flags mail seen before it copies it; a crash may have stopped it after the copy).
     */
    private static Set<String> alreadyIn(Folder target, List<ImapInbox.Fetched> mails) {
        List<SearchTerm> terms = mails.stream().filter(ImapInbox.Fetched::seenBefore).map(ImapInbox.Fetched::messageId)
                .filter(Objects::nonNull).distinct().map(id -> (SearchTerm) new MessageIDTerm(id)).toList();
        Set<String> found = new HashSet<>();
        if (terms.isEmpty()) {
            return found;
        }
        try {
            target.open(Folder.READ_ONLY);
            try {
                SearchTerm term = terms.size() == 1 ? terms.get(0) : new OrTerm(terms.toArray(new SearchTerm[0]));
                for (Message m : target.search(term)) {
                    String[] ids = m.getHeader("Message-ID");
                    if (ids != null) {
                        for (String id : ids) {
                            found.add(id.strip());
                        }
                    }
                }
            } finally {
                target.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Cannot tell whether mail was filed before; filing it: {}", e.toString());
        }
        return found;
    }

    /** The outcome folder, created when missing (checked once per connection). */
    private Folder folder(IMAPStore store, String name) throws MessagingException {
        Folder f = store.getFolder(name);
        if (!knownFolders.contains(name)) {
            if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("the mail folder '" + name + "' is missing and could not be created");
            }
            knownFolders.add(name);
        }
        return f;
    }

    private static List<Message> messages(Map<Long, Message> byUid, List<ImapInbox.Fetched> mails) {
        return mails.stream().map(f -> byUid.get(f.uid())).filter(Objects::nonNull).toList();
    }
}
