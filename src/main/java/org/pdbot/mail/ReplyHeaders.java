package org.pdbot.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What ties a reply to the request it answers: the thread headers and pdbot's reference marker. */
public final class ReplyHeaders {

    /** More ids than this in one mail are not a thread but an attack on the matcher. */
    public static final int MAX_IDS = 50;

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]{1,250})>");
    private static final Pattern MARKER = Pattern.compile("(?<![A-Za-z0-9])PDB-([0-9A-F]{8})-([0-9A-F]{4})(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private ReplyHeaders() {
    }

    /**
     * The ids of {@code In-Reply-To}, then of {@code References} in the order written, each once, in
     * {@code <...>} form. Ids written without angle brackets (some mail systems do) are accepted when they
     * contain an {@code @}. Unreadable headers give no ids; at most {@value #MAX_IDS} are returned.
     */
    public static List<String> threadIds(MimeMessage m) {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : List.of("In-Reply-To", "References")) {
            for (String value : values(m, header)) {
                ids.addAll(ids(value));
            }
        }
        return ids.stream().limit(MAX_IDS).toList();
    }

    /** The ids written in one header value, in {@code <...>} form. */
    public static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String unfolded = MimeUtility.unfold(value);
        Matcher m = BRACKETED.matcher(unfolded);
        boolean bracketed = false;
        while (m.find()) {
            bracketed = true;
            if (m.group(1).contains("@")) {
                out.add("<" + m.group(1) + ">");
            }
        }
        if (!bracketed) {
            for (String token : unfolded.split("[\\s,]+")) {
                if (token.contains("@") && token.length() <= 250 && !token.matches(".*[<>\"()].*")) {
                    out.add("<" + token + ">");
                }
            }
        }
        return out;
    }

    /**
     * The first reference marker in a text ({@code PDB-3F9AC2D1-7E41}, the {@code Ref:} line of every request),
     * in upper case. Whether pdbot made it is for {@code MessageIds#isOurReference} to say.
     */
    public static Optional<String> referenceMarker(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(text);
        return m.find() ? Optional.of(m.group().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The first reference marker anywhere in a mail's text: its body, the quoted request, HTML parts and attached
     * messages (a bounce returns the whole request). Empty when there is none or the mail cannot be read.
     */
    public static Optional<String> referenceMarker(MimeMessage m) {
        return referenceMarker(ReplyText.everything(m));
    }

    public static List<String> values(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? List.of() : List.of(values);
        } catch (MessagingException | RuntimeException e) {
            return List.of();
        }
    }

    public static String first(Part part, String name) {
        List<String> values = values(part, name);
        return values.isEmpty() ? null : MimeUtility.unfold(values.get(0)).strip();
    }
}
