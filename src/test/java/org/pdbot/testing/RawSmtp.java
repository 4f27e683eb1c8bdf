package org.pdbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Hands bytes to an SMTP server exactly as given (Jakarta Mail would re-encode them and replace the
 * Message-ID), so a test can deliver a corrupt or hostile mail byte for byte.
 */
public final class RawSmtp {

    private RawSmtp() {
    }

    public static void send(int port, String from, String to, byte[] message) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            expect(in, "220");
            command(out, in, "HELO test.local", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            out.write(dotStuff(message));
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(in, "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static byte[] dotStuff(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1).replaceAll("\r?\n", "\r\n");
        if (!text.endsWith("\r\n")) {
            text += "\r\n";
        }
        text = text.replace("\r\n.", "\r\n..");
        if (text.startsWith(".")) {
            text = "." + text;
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void command(OutputStream out, BufferedReader in, String line, String code) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, code);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP server closed the connection, expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("SMTP server said '" + line + "', expected " + code);
        }
    }
}
