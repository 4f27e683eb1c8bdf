package org.pdbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on a free loopback port that ends each conversation the way a test asks: it takes the mail,
 * hangs up at RCPT, hangs up after the end of the data without answering, or refuses the data with a 4xx.
 */
public final class ScriptedSmtp implements AutoCloseable {

    public enum Ending {
        ACCEPTS, HANGS_UP_AT_RCPT, HANGS_UP_AFTER_DATA, REFUSES_DATA
    }

    private final ServerSocket server;
    private final Ending ending;
    private final AtomicInteger messagesReceived = new AtomicInteger();

    public ScriptedSmtp(Ending ending) throws IOException {
        this.ending = ending;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::serve, "scripted-smtp");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many mails arrived whole (their data ended with the lone dot). */
    public int messagesReceived() {
        return messagesReceived.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)),
                        s.getOutputStream());
            } catch (IOException e) {
                // the client went away, or the script hung up: take the next one
            }
        }
    }

    private void converse(BufferedReader in, OutputStream out) throws IOException {
        reply(out, "220 scripted.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 scripted.test");
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> {
                    if (ending == Ending.HANGS_UP_AT_RCPT) {
                        return;
                    }
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the content
                    }
                    if (line == null) {
                        return;
                    }
                    messagesReceived.incrementAndGet();
                    switch (ending) {
                        case HANGS_UP_AFTER_DATA -> {
                            return;
                        }
                        case REFUSES_DATA -> reply(out, "451 4.3.0 Try again later");
                        default -> reply(out, "250 2.0.0 Ok: queued as SCRIPTED1");
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 Not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
