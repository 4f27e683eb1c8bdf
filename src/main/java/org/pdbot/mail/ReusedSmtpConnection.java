package org.pdbot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.apache.camel.component.mail.MailAuthenticator;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP endpoint's sender, keeping one connection open from mail to mail instead of camel-mail's connect,
 * log in, send, quit for every message. The connection is checked (NOOP) before use when it has been idle,
 * replaced after any failure and after {@link #MAX_PER_CONNECTION} mails, and closed by the outbox route when
 * the outbox has been quiet for a while ({@link #closeIfIdle}). A conversation that breaks after the mail's
 * content went out, before the server answered it, is reported as an {@link UncertainDelivery}.
 */
public final class ReusedSmtpConnection extends DefaultJavaMailSender {

    /** The registry name the SMTP endpoint looks the sender up by ({@code javaMailSender=#reusedSmtpConnection}). */
    public static final String BEAN_NAME = "reusedSmtpConnection";

    static final int MAX_PER_CONNECTION = 100;
    private static final long CHECK_AFTER_IDLE_NANOS = 1_000_000_000L;
    private static final long CLOSE_AFTER_IDLE_NANOS = 10_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(ReusedSmtpConnection.class);

    private Transport transport;
    private long lastUsed;
    private int sentOnConnection;
    private long connections;
    private String lastReply;

    ReusedSmtpConnection(MailEndpoints.Server server, Properties properties, String username, String password,
                         MailAuthenticator authenticator) {
        setProtocol(server.protocol());
        setHost(server.host());
        setPort(server.port());
        setJavaMailProperties(properties);
        if (authenticator != null) {
            setAuthenticator(authenticator);
        } else if (username != null) {
            setUsername(username);
            setPassword(password);
        }
    }

    @Override
    public synchronized void send(MimeMessage message) throws MessagingException {
        Transport t = connection();
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            lastReply = null;
            t.sendMessage(message, message.getAllRecipients());
            lastReply = t instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
            lastUsed = System.nanoTime();
            if (++sentOnConnection >= MAX_PER_CONNECTION) {
                close();
            }
        } catch (MessagingException | RuntimeException e) {
            // a refusal or a broken conversation: the next mail starts on a fresh connection
            close();
            if (message instanceof FixedIdMimeMessage m && m.contentWritten() && !answered(e)) {
                // no reply to the end of the data: only an answer from the server (a refusal) proves it was not taken
                throw new UncertainDelivery(e);
            }
            throw e;
        }
    }

    /** The server answered with a reply code (a hang-up is reported with code -1 and "[EOF]"). */
    private static boolean answered(Exception e) {
        return e instanceof SMTPSendFailedException refusal && refusal.getReturnCode() > 0;
    }

    /**
     * Opens the connection, or checks an idle one (NOOP), before the outbox marks a mail SENDING: a server that
     * is down or refuses the login fails here, while nothing is on the wire, and never leaves a mail in doubt.
     */
    public synchronized void check() throws MessagingException {
        connection();
    }

    /**
     * The server's final reply to the last mail sent ("250 2.0.0 Ok: queued as 4Qx7Kd1vZ9z"), or null; the outbox
     * records it with the mail.
     */
    public synchronized String lastReply() {
        return lastReply == null ? null : lastReply.strip();
    }

    /** Closes the connection when no mail went out for a while; the outbox route calls this after each round. */
    public synchronized void closeIfIdle() {
        if (transport != null && System.nanoTime() - lastUsed > CLOSE_AFTER_IDLE_NANOS) {
            close();
        }
    }

    /** How many connections were opened so far. */
    public synchronized long connections() {
        return connections;
    }

    public synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection: {}", e.toString());
            }
            transport = null;
        }
    }

    private Transport connection() throws MessagingException {
        if (transport != null && (System.nanoTime() - lastUsed < CHECK_AFTER_IDLE_NANOS || transport.isConnected())) {
            return transport;
        }
        close();
        Transport t = getTransport(getSession());
        // as camel-mail does before each connect: the authenticator's user and current token, or the password
        PasswordAuthentication login = getPasswordAuthentication();
        t.connect(getHost(), getPort(), login.getUserName(), login.getPassword());
        transport = t;
        lastUsed = System.nanoTime();
        sentOnConnection = 0;
        connections++;
        return t;
    }
}
