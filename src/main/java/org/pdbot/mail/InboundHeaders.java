package org.pdbot.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers of an inbound mail that decide where it goes, read defensively: a header that cannot be parsed is
 * no header, never an exception, and nothing a sender folded into one reaches an answer's headers.
 */
public final class InboundHeaders {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private InboundHeaders() {
    }

    /** The single From address; null for none, several, or one that cannot be read. */
    public static String sender(MimeMessage mail) {
        try {
            Address[] from = mail.getFrom();
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress a) {
                return a.getAddress();
            }
        } catch (MessagingException e) {
            // an unparseable From is no sender at all
        }
        return null;
    }

    /**
     * The {@code <id>} of the Message-ID header, without whatever a folded header smuggled after it; none when
     * it is too long to be one (it would be written into the In-Reply-To of an answer).
     */
    public static String messageId(MimeMessage mail) {
        String value = first(mail, "Message-ID");
        if (value == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        String id = m.find() ? m.group() : value.split("\\s+")[0];
        return id.isEmpty() || id.length() > 250 ? null : id;
    }

    /** The subject on one line, without control characters. */
    public static String subject(MimeMessage mail) {
        try {
            String s = mail.getSubject();
            return s == null ? null : s.replaceAll("[\\r\\n\\t\\x00-\\x1F]+", " ").strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The {@code <id>}s of the References header, in order. */
    public static List<String> references(MimeMessage mail) {
        String refs = first(mail, "References");
        return refs == null ? List.of()
                : Arrays.stream(refs.split("\\s+")).filter(s -> s.startsWith("<") && s.endsWith(">")).toList();
    }

    /** RFC 3834 and its common cousins: answering such mail starts loops. */
    public static boolean machineGenerated(MimeMessage mail) {
        String auto = first(mail, "Auto-Submitted");
        if (auto != null && !auto.toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = first(mail, "Precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        return first(mail, "X-Autoreply") != null || first(mail, "X-Autorespond") != null
                || "<>".equals(first(mail, "Return-Path"));
    }

    /** Whether {@code address} is among the mail's To and Cc recipients. */
    public static boolean addressedTo(MimeMessage mail, String address) {
        try {
            Address[] visible = mail.getAllRecipients();
            if (visible != null) {
                for (Address a : visible) {
                    if (a instanceof InternetAddress ia && address.equalsIgnoreCase(ia.getAddress())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (MessagingException e) {
            return true;
        }
    }

    /** A sender address as the log may show it: {@code p***@clinic.org}. */
    public static String masked(String sender) {
        if (sender == null) {
            return "no sender";
        }
        int at = sender.indexOf('@');
        return at <= 0 ? "***" : sender.charAt(0) + "***" + sender.substring(at);
    }

    private static String first(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null || values.length == 0 ? null : values[0].strip();
        } catch (MessagingException e) {
            return null;
        }
    }
}
