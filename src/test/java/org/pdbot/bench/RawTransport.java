package org.pdbot.bench;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The limit of this machine: a plain Jakarta/Angus Mail program that reads every message of the inbox over
 * IMAP (full content, fetched in one command) on one connection, then sends as many messages of the same bytes over SMTP on one
 * reused connection.
 */
final class RawTransport implements Contender {

    static final String SINK = "raw-sink@bench.test";

    private final BenchServer server;
    private final Session session;
    private long readNanos;
    private long sendNanos;

    RawTransport(BenchServer server) {
        this.server = server;
        Properties p = new Properties();
        p.put("mail.imap.host", "127.0.0.1");
        p.put("mail.imap.port", String.valueOf(server.imapPort()));
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        this.session = Session.getInstance(p);
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public long drain(List<BenchCase> cases) throws Exception {
        long start = System.nanoTime();
        List<byte[]> read = new ArrayList<>(cases.size());
        Store store = session.getStore("imap");
        store.connect(BenchServer.INBOX, BenchServer.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            // one FETCH for all of them: fetching one message per command costs a round trip each, and on
            // GreenMail a ~40 ms Nagle/delayed-ACK stall each (its responses go out in several writes)
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            inbox.fetch(messages, whole);
            for (Message m : messages) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                m.writeTo(out);
                read.add(out.toByteArray());
            }
            inbox.close(false);
        } finally {
            store.close();
        }
        long afterRead = System.nanoTime();
        Address[] to = {new InternetAddress(SINK)};
        try (Transport smtp = session.getTransport("smtp")) {
            smtp.connect();
            for (byte[] bytes : read) {
                smtp.sendMessage(new MimeMessage(session, new ByteArrayInputStream(bytes)), to);
            }
        }
        long end = System.nanoTime();
        readNanos = afterRead - start;
        sendNanos = end - afterRead;
        if (read.size() != cases.size()) {
            throw new IllegalStateException("raw read " + read.size() + " messages, expected " + cases.size());
        }
        return end;
    }

    /** The IMAP half of the last drain, in seconds. */
    double lastReadSeconds() {
        return readNanos / 1e9;
    }

    double lastSendSeconds() {
        return sendNanos / 1e9;
    }

    @Override
    public void verify(List<BenchCase> cases) {
        int got = server.inboxCount(SINK);
        if (got != cases.size()) {
            throw new IllegalStateException("raw delivered " + got + " messages, expected " + cases.size());
        }
    }

    @Override
    public void close() {
        // nothing held between runs
    }
}
