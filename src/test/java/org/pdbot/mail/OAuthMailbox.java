package org.pdbot.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.mail.MailAuthenticator;
import org.pdbot.config.Settings;
import org.pdbot.testing.TokenServer;

/**
 * A GreenMail mailbox that logs in with XOAUTH2 only with the token the local token endpoint issued last
 * (GreenMail compares the bearer token with the user's password), and the settings that point pdbot at both.
 * {@link #read} and {@link #send} connect exactly as pdbot's inbox reader and Camel's mail producer do.
 */
final class OAuthMailbox implements AutoCloseable {

    static final String MAILBOX = "intake@clinic.test";

    final GreenMail greenMail;
    final GreenMailUser user;
    final TokenServer tokens;

    OAuthMailbox() throws IOException {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        greenMail.start();
        user = greenMail.setUser(MAILBOX, MAILBOX, "no-token-issued-yet");
        tokens = TokenServer.start().onIssue(user::setPassword);
    }

    /** The token the server accepted so far stops working, as when it expires or is revoked server-side. */
    void serverForgetsTheToken() {
        user.setPassword("expired-" + System.nanoTime());
    }

    Settings settings(Path configDir, Map<String, String> more) {
        Map<String, String> values = new HashMap<>();
        values.put("pdbot.imap.host", "127.0.0.1");
        values.put("pdbot.imap.port", String.valueOf(greenMail.getImap().getPort()));
        values.put("pdbot.imap.username", MAILBOX);
        values.put("pdbot.smtp.host", "127.0.0.1");
        values.put("pdbot.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        values.put("pdbot.mail.security", "none");
        values.put("pdbot.mail.timeout-ms", "10000");
        values.put("pdbot.oauth.token-endpoint", tokens.uri().toString());
        values.putAll(more);
        return Settings.load(configDir, Map.of(), values);
    }

    void deliver(String subject) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new java.util.Properties()));
        m.setFrom("staff@clinic.test");
        m.setRecipients(Message.RecipientType.TO, MAILBOX);
        m.setSubject(subject);
        m.setText("case");
        user.deliver(m);
    }

    /** The subjects in the INBOX, read over IMAP with the authenticator the way Camel's consumer connects. */
    List<String> read(Settings settings, MailAuthenticator auth) throws MessagingException {
        MailEndpoints endpoints = new MailEndpoints(settings);
        MailEndpoints.Server imap = endpoints.imapServer();
        Store store = Session.getInstance(endpoints.sessionProperties(imap), auth).getStore(imap.protocol());
        PasswordAuthentication login = auth.getPasswordAuthentication();
        store.connect(imap.host(), imap.port(), login.getUserName(), login.getPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                subjects.add(m.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }

    /** Sends one mail over SMTP with the authenticator the way Camel's producer does. */
    void send(Settings settings, MailAuthenticator auth, String to, String subject) throws MessagingException {
        MailEndpoints endpoints = new MailEndpoints(settings);
        MailEndpoints.Server smtp = endpoints.smtpServer();
        Session session = Session.getInstance(endpoints.sessionProperties(smtp), auth);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(MAILBOX));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject);
        m.setText("request");
        m.saveChanges();
        Transport transport = session.getTransport(smtp.protocol());
        PasswordAuthentication login = auth.getPasswordAuthentication();
        transport.connect(smtp.host(), smtp.port(), login.getUserName(), login.getPassword());
        try {
            transport.sendMessage(m, m.getAllRecipients());
        } finally {
            transport.close();
        }
    }

    List<String> receivedBy(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : org.pdbot.testing.Delivered.inbox(greenMail, address)) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    @Override
    public void close() {
        tokens.close();
        greenMail.stop();
    }
}
