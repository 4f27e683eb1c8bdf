package org.pdbot.fault;

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

/** An SMTP server that refuses every recipient for good ({@code 550 5.1.1}), as a server does for a dead mailbox. */
final class RejectingSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger refused = new AtomicInteger();

    RejectingSmtp() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::serve, "rejecting-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many mails (MAIL FROM transactions) were refused. */
    int refused() {
        return refused.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = s.getOutputStream();
                reply(out, "220 rejecting.test ESMTP");
                String line;
                boolean quit = false;
                while (!quit && (line = in.readLine()) != null) {
                    String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (verb) {
                        case "EHLO", "HELO" -> reply(out, "250 rejecting.test");
                        case "RSET", "NOOP" -> reply(out, "250 OK");
                        case "MAIL" -> {
                            refused.incrementAndGet();
                            reply(out, "250 OK");
                        }
                        case "RCPT" -> reply(out, "550 5.1.1 Mailbox does not exist");
                        case "QUIT" -> {
                            reply(out, "221 Bye");
                            quit = true;
                        }
                        default -> reply(out, "503 5.5.1 Bad sequence of commands");
                    }
                }
            } catch (IOException e) {
                // the client went away; take the next one
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
