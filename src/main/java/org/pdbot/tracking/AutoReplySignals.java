package org.pdbot.tracking;

import org.pdbot.mail.ReplyHeaders;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header and subject signs that a mail was sent by a machine (RFC 3834 and the de-facto headers RT, osTicket,
 * Zammad and FreeScout check). A <em>strong</em> sign says "this is an automatic answer" (out of office, vacation,
 * null return path); a <em>weak</em> sign says only "a machine was involved", and some systems stamp it on mail
 * a person wrote (ServiceNow sets {@code Auto-Submitted: auto-generated} on human replies, osTicket #6380).
 */
final class AutoReplySignals {

    record Signal(boolean strong, String description) {
    }

    private static final Pattern SUBJECT = Pattern.compile(
            "^(automatic reply|auto[- ]?reply|auto[- ]?response|autoreply|autorespond|out of (the )?office|ooo\\b"
                    + "|away from (my|the) office|on vacation|vacation (reply|response)|respuesta autom[aá]tica)",
            Pattern.CASE_INSENSITIVE);

    private AutoReplySignals() {
    }

    /** The strongest sign the mail carries (the first strong one, else the first weak one), if any. */
    static Optional<Signal> of(MimeMessage m) {
        List<Signal> signs = new ArrayList<>();
        String autoSubmitted = lower(ReplyHeaders.first(m, "Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
            signs.add(new Signal(!autoSubmitted.startsWith("auto-generated"), "header Auto-Submitted: " + autoSubmitted));
        }
        for (String header : new String[] {"X-Autoreply", "X-Autorespond", "X-Autoresponder"}) {
            String value = lower(ReplyHeaders.first(m, header));
            if (value != null && !value.equals("no") && !value.equals("false")) {
                signs.add(new Signal(true, "header " + header));
            }
        }
        String precedence = lower(firstOf(m, "Precedence", "X-Precedence"));
        if (precedence != null && precedence.matches("(auto_reply|bulk|junk|list)\\b.*")) {
            signs.add(new Signal(precedence.startsWith("auto_reply"), "header Precedence: " + precedence));
        }
        String returnPath = ReplyHeaders.first(m, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            signs.add(new Signal(true, "header Return-Path: <>"));
        }
        String subject = subject(m);
        if (subject != null) {
            Matcher matcher = SUBJECT.matcher(subject.strip());
            if (matcher.find()) {
                signs.add(new Signal(true, "subject \"" + subject.strip().substring(0, matcher.end()) + "\""));
            }
        }
        if (ReplyHeaders.first(m, "X-Auto-Response-Suppress") != null) {
            signs.add(new Signal(false, "header X-Auto-Response-Suppress"));
        }
        return signs.stream().filter(Signal::strong).findFirst().or(() -> signs.stream().findFirst());
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return ReplyHeaders.first(m, "Subject");
        }
    }

    private static String firstOf(MimeMessage m, String... names) {
        for (String name : names) {
            String value = ReplyHeaders.first(m, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
