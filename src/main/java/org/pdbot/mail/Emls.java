package org.pdbot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The envelope of a mail pdbot composed and kept as a file: its Message-ID and recipients. */
public record Emls(String messageId, List<String> recipients) {

    public static Emls read(Path file) throws MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            InternetHeaders h = new InternetHeaders(in);
            List<String> to = new ArrayList<>();
            for (String name : List.of("To", "Cc")) {
                String value = h.getHeader(name, ",");
                if (value != null) {
                    for (InternetAddress a : parse(value)) {
                        to.add(a.getAddress());
                    }
                }
            }
            return new Emls(h.getHeader("Message-ID", null), to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kept mail " + file, e);
        }
    }

    private static InternetAddress[] parse(String value) throws AddressException {
        return InternetAddress.parseHeader(value, false);
    }
}
