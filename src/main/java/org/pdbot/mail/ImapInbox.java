package org.pdbot.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.component.mail.MailAuthenticator;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.pdbot.store.RawStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic inbox, read in batches: one SEARCH for the undeleted mail, one FETCH for the UID, size and
 * Message-ID of up to {@code maxMessages} of them, then the raw mails themselves, the small ones several to a
 * FETCH (up to {@code batchBytes} per command) and the big ones one by one, streamed to disk in
 * {@link MailEndpoints#IMAP_FETCH_SIZE} pieces. Every mail is kept in the {@link RawStore} before anything else
 * happens to it. The connection stays open between drains; any error drops it, and the next drain reconnects.
 * Not thread-safe: one drain at a time.
 */
public final class ImapInbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImapInbox.class);
    /** A mail bigger than this is streamed on its own; smaller ones are fetched several at a time. */
    private static final long BIG = MailEndpoints.IMAP_FETCH_SIZE;

    /** One mail read from the inbox, already in the raw store. */
    public record Fetched(long uid, String messageId, boolean seenBefore, RawStore.Stored raw) {
    }

    private final MailEndpoints endpoints;
    private final MailAuthenticator authenticator;
    private final RawStore raw;
    private final int maxMessages;
    private final long batchBytes;
    private final InboxFiling filing;
    private Store store;
    private IMAPFolder folder;
    private Map<Long, Message> current = Map.of();

    public ImapInbox(MailEndpoints endpoints, MailAuthenticator authenticator, RawStore raw, int maxMessages,
                     long batchBytes) {
        this.endpoints = endpoints;
        this.authenticator = authenticator;
        this.raw = raw;
        this.maxMessages = Math.max(1, maxMessages);
        this.batchBytes = Math.max(BIG, batchBytes);
        this.filing = new InboxFiling();
    }

    /** How many mails one {@link #read} takes at most ({@code pdbot.intake.max-messages-per-poll}). */
    public int maxMessages() {
        return maxMessages;
    }

    /** Opens the inbox and reads the oldest undeleted mails, at most {@code maxMessages}, into the raw store. */
    public List<Fetched> read() throws MessagingException, IOException {
        open();
        Message[] undeleted = folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false));
        Message[] batch = java.util.Arrays.copyOf(undeleted, Math.min(undeleted.length, maxMessages));
        if (batch.length == 0) {
            current = Map.of();
            return List.of();
        }
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add("Message-ID");
        folder.fetch(batch, profile);

        Map<Long, Message> byUid = new LinkedHashMap<>();
        Map<Long, RawStore.Stored> stored = new LinkedHashMap<>();
        List<Long> small = new ArrayList<>();
        long smallBytes = 0;
        for (Message m : batch) {
            long uid = folder.getUID(m);
            byUid.put(uid, m);
            long size = Math.max(0, m.getSize());
            if (size > BIG) {
                stored.put(uid, streamed((IMAPMessage) m));
                continue;
            }
            if (!small.isEmpty() && smallBytes + size > batchBytes) {
                stored.putAll(fetchRaw(small));
                small.clear();
                smallBytes = 0;
            }
            small.add(uid);
            smallBytes += size;
        }
        if (!small.isEmpty()) {
            stored.putAll(fetchRaw(small));
        }
        current = byUid;
        List<Fetched> fetched = new ArrayList<>();
        byUid.forEach((uid, m) -> {
            RawStore.Stored s = stored.get(uid);
            if (s == null) {
                // gone meanwhile (another client expunged it): nothing to do
                log.debug("Mail UID {} vanished from the inbox while being read", uid);
                return;
            }
            fetched.add(new Fetched(uid, messageId(m), seen(m), s));
        });
        return fetched;
    }

    /**
     * Files the mails read by the last {@link #read}: each into its folder, or only out of the inbox when that
     * folder already holds it. See {@link InboxFiling}.
     */
    public void file(Map<String, List<Fetched>> byFolder) throws MessagingException {
        if (byFolder.isEmpty()) {
            return;
        }
        filing.file(folder, current, byFolder);
    }

    /** Ends a drain: the inbox is closed without expunging, the connection kept for the next drain. */
    public void release() {
        current = Map.of();
        if (folder != null) {
            try {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the inbox folder failed; reconnecting next time: {}", e.toString());
                disconnect();
            }
            folder = null;
        }
    }

    /** Drops the connection, e.g. after an error; the next {@link #read} connects again. */
    public void disconnect() {
        current = Map.of();
        folder = null;
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the IMAP connection failed: {}", e.toString());
            }
            store = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }

    private void open() throws MessagingException {
        if (store == null || !store.isConnected()) {
            disconnect();
            store = endpoints.connectImap(authenticator, endpoints.timeoutMs());
            filing.connected();
        }
        String name = endpoints.imapFolder();
        IMAPFolder f = (IMAPFolder) store.getFolder(name);
        try {
            f.open(Folder.READ_WRITE);
        } catch (FolderNotFoundException e) {
            throw new MessagingException("the mail folder '" + name + "' could not be opened: it does not exist", e);
        } catch (MessagingException e) {
            throw new MessagingException("the mail folder '" + name + "' could not be opened: " + e.getMessage(), e);
        }
        folder = f;
    }

    /** A big mail, streamed from the server to the raw store piece by piece. */
    private RawStore.Stored streamed(IMAPMessage m) throws MessagingException, IOException {
        m.setPeek(true);
        return raw.store(m::writeTo, ".eml");
    }

    /** Several small mails in one {@code UID FETCH ... BODY.PEEK[]}, each kept in the raw store. */
    private Map<Long, RawStore.Stored> fetchRaw(List<Long> uids) throws MessagingException, IOException {
        String set = String.join(",", uids.stream().map(String::valueOf).toList());
        @SuppressWarnings("unchecked")
        Map<Long, ByteArray> bodies = (Map<Long, ByteArray>) folder.doCommand(p -> {
            Response[] responses = p.command("UID FETCH " + set + " (UID BODY.PEEK[])", null);
            Map<Long, ByteArray> found = new LinkedHashMap<>();
            List<Response> others = new ArrayList<>();
            for (Response r : responses) {
                if (r instanceof FetchResponse fr && fr.getItem(UID.class) != null && fr.getItem(BODY.class) != null) {
                    found.put(fr.getItem(UID.class).uid, fr.getItem(BODY.class).getByteArray());
                } else {
                    others.add(r);
                }
            }
            // the folder must still see EXISTS, EXPUNGE and the tagged result to keep its message numbers right
            p.notifyResponseHandlers(others.toArray(new Response[0]));
            p.handleResult(responses[responses.length - 1]);
            return found;
        });
        Map<Long, RawStore.Stored> stored = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>(uids);
        for (Map.Entry<Long, ByteArray> e : bodies.entrySet()) {
            if (!wanted.contains(e.getKey()) || e.getValue() == null) {
                continue;
            }
            ByteArray bytes = e.getValue();
            stored.put(e.getKey(), raw.store(out -> out.write(bytes.getBytes(), bytes.getStart(), bytes.getCount()), ".eml"));
        }
        return stored;
    }

    private static String messageId(Message m) {
        try {
            String[] ids = m.getHeader("Message-ID");
            return ids == null || ids.length != 1 ? null : ids[0].strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static boolean seen(Message m) {
        try {
            return m.isSet(Flags.Flag.SEEN);
        } catch (MessagingException e) {
            return false;
        }
    }
}
