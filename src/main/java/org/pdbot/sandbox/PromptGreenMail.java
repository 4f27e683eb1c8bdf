package org.pdbot.sandbox;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail whose IMAP and SMTP servers answer at once. GreenMail writes a response in several small writes
 * without TCP_NODELAY, so Nagle's algorithm holds the last one back until the client's delayed ACK: every
 * IMAP command took about 45 ms longer on loopback (a FETCH of one small mail 51 ms instead of 3), and taking a
 * 100 KB mail over SMTP about 230 ms instead of 25. A mail server that writes a response at once behaves like
 * this one. Use {@link #imapPort()}: {@link #getImap()} would fail, as the IMAP server is no longer GreenMail's
 * own class.
 */
final class PromptGreenMail extends GreenMail {

    private AbstractServer imap;

    PromptGreenMail(ServerSetup[] setups) {
        super(setups);
    }

    int imapPort() {
        return imap.getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        for (ServerSetup setup : config) {
            if (setup.getProtocol().equals(ServerSetup.PROTOCOL_IMAP)) {
                imap = new PromptImapServer(setup, managers);
                services.put(ServerSetup.PROTOCOL_IMAP, imap);
            } else if (setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
                services.put(ServerSetup.PROTOCOL_SMTP, new PromptSmtpServer(setup, managers));
            }
        }
        return services;
    }

    /** GreenMail's SMTP server, with TCP_NODELAY on every client connection. */
    private static final class PromptSmtpServer extends SmtpServer {

        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            noDelay(socket);
            return super.createProtocolHandler(socket);
        }
    }

    /** GreenMail's IMAP server (its ImapServer is final), with TCP_NODELAY on every client connection. */
    private static final class PromptImapServer extends AbstractServer {

        PromptImapServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            noDelay(socket);
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
        }
    }

    private static void noDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }
}
