package org.pdbot.bench;

import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.ListBasedStoredMessageCollection;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GreenMail's folder message list, with its UID list kept instead of rebuilt on every call.
 *
 * <p>GreenMail 2.1 answers a FETCH by walking every message of the folder and, for each, looking up its sequence
 * number, and each look-up copies the folder's UID list element by element under a lock. One FETCH is therefore
 * quadratic in the folder's size, and a client that fetches mail one message at a time (camel-mail does) pays a
 * cubic cost: 1,000 mails took plain Camel over five minutes, where 200 took four seconds. A real IMAP server
 * keeps that mapping; so does the benchmark's server, for every contender alike, or the baseline would measure
 * GreenMail's list copy rather than Camel. Behaviour is otherwise GreenMail's own: every change goes to the
 * superclass and drops the kept list.
 */
final class IndexedUidCollection extends ListBasedStoredMessageCollection {

    private static final Field MESSAGES;

    static {
        try {
            MESSAGES = Class.forName("com.icegreen.greenmail.store.HierarchicalFolder").getDeclaredField("mailMessages");
            MESSAGES.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The UIDs as of {@code version}; a reader that sees another version rebuilds them. */
    private record Uids(long version, long[] uids) {
    }

    private final AtomicLong version = new AtomicLong();
    private volatile Uids kept = new Uids(-1, new long[0]);

    /**
     * Gives every folder that is empty now (right after a purge) a kept UID list. A folder that still holds
     * mail keeps GreenMail's own list, so nothing is ever copied between the two.
     */
    static void installOnEmptyFolders(GreenMail greenMail) {
        try {
            for (MailFolder folder : greenMail.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
                if (folder.getMessageCount() == 0 && !(MESSAGES.get(folder) instanceof IndexedUidCollection)) {
                    MESSAGES.set(folder, new IndexedUidCollection());
                }
            }
        } catch (FolderException | IllegalAccessException e) {
            throw new IllegalStateException("Could not index GreenMail's folders", e);
        }
    }

    @Override
    public long[] getMessageUids() {
        Uids now = kept;
        long current = version.get();
        if (now.version() == current) {
            return now.uids();
        }
        long[] uids = super.getMessageUids();
        kept = new Uids(current, uids);
        return uids;
    }

    @Override
    public int getMsn(long uid) throws FolderException {
        long[] uids = getMessageUids();
        for (int i = 0; i < uids.length; i++) {
            if (uids[i] == uid) {
                return i + 1;
            }
        }
        throw new FolderException("No such message of uid " + uid + ".");
    }

    @Override
    public void add(StoredMessage message) {
        super.add(message);
        changed();
    }

    @Override
    public StoredMessage remove(long uid) {
        try {
            return super.remove(uid);
        } finally {
            changed();
        }
    }

    @Override
    public void clear() {
        super.clear();
        changed();
    }

    @Override
    public void expunge(List<FolderListener> listeners) {
        super.expunge(listeners);
        changed();
    }

    @Override
    public void expunge(List<FolderListener> listeners, IdRange[] idRanges) {
        super.expunge(listeners, idRanges);
        changed();
    }

    private void changed() {
        version.incrementAndGet();
    }
}
