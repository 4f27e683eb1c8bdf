package org.pdbot.mail;

import jakarta.activation.DataSource;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.pdbot.casefile.HtmlToText;
import org.pdbot.casefile.PartText;

/**
 * The readable text of a mail. {@link #body} is what the sender typed: the plain-text rendering when there is
 * one, else the HTML as lines; attachments and attached messages are left out (an attached message is quoted
 * history). {@link #everything} also reads attached messages, for finding markers.
 */
public final class ReplyText {

    static final int MAX_DEPTH = 20;
    private static final Session SESSION = Session.getInstance(new Properties());

    private ReplyText() {
    }

    public static String body(Part part) {
        List<String> out = new ArrayList<>();
        walk(part, 0, false, out);
        return String.join("\n\n", out);
    }

    public static String everything(Part part) {
        List<String> out = new ArrayList<>();
        walk(part, 0, true, out);
        return String.join("\n\n", out);
    }

    private static void walk(Part part, int depth, boolean attachedMessages, List<String> out) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
        List<BodyPart> children = children(part);
            if (type.equals("multipart/alternative") && !attachedMessages) {
                alternative(children, depth, out);
                return;
            }
            for (BodyPart child : children) {
                walk(child, depth + 1, attachedMessages, out);
            }
        } else if (type.equals("message/rfc822")) {
            if (attachedMessages) {
            attached(part).ifPresent(inner -> walk(inner, depth + 1, true, out));
            }
        } else if ((type.equals("text/plain") || type.equals("text/html")) && (attachedMessages || !isAttachment(part))) {
            String text = text(part, type);
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
    }

    /** The plain rendering unless it is empty (some clients send an empty text part beside the HTML). */
    private static void alternative(List<BodyPart> children, int depth, List<String> out) {
        List<BodyPart> ordered = new ArrayList<>();
        children.stream().filter(c -> baseType(c).equals("text/plain")).forEach(ordered::add);
        children.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        for (BodyPart child : ordered) {
            List<String> rendering = new ArrayList<>();
            walk(child, depth + 1, false, rendering);
            if (rendering.stream().anyMatch(s -> !s.isBlank())) {
                out.addAll(rendering);
                return;
            }
        }
    }

    static String text(Part part, String type) {
        String text = PartText.read(part);
        return text != null && type.equals("text/html") ? HtmlToText.convert(text) : text;
    }

    /** The children of a multipart; none when it does not parse (a broken boundary is the sender's problem). */
    public static List<BodyPart> children(Part part) {
        List<BodyPart> children = new ArrayList<>();
        try {
            Object content;
            try {
                content = part.getContent();
            } catch (MessagingException | IOException | RuntimeException e) {
                // a multipart/report that Angus's DSN handler refuses (too few parts) is still a multipart
                content = null;
            }
            Multipart multipart = content instanceof Multipart mp ? mp : new MimeMultipart(dataSource(part));
            for (int i = 0; i < multipart.getCount(); i++) {
                children.add(multipart.getBodyPart(i));
            }
        } catch (MessagingException | RuntimeException e) {
            // unreadable: no children
        }
        return children;
    }

    private static DataSource dataSource(Part part) throws MessagingException {
        return part.getDataHandler().getDataSource();
    }

    public static Optional<MimeMessage> attached(Part part) {
        try (InputStream in = decoded(part)) {
            return Optional.of(new MimeMessage(SESSION, in));
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The content of a part; a message/rfc822 part that is base64 or quoted-printable encoded (not allowed by
     * RFC 2046, but gateways do it) is decoded too, which Angus leaves undone for message/* parts.
     */
    private static InputStream decoded(Part part) throws MessagingException, IOException {
        String encoding = ReplyHeaders.first(part, "Content-Transfer-Encoding");
        if (part instanceof jakarta.mail.internet.MimeBodyPart body && encoding != null
                && baseType(part).startsWith("message/")) {
            String e = encoding.strip().toLowerCase(Locale.ROOT);
            if (e.equals("base64") || e.equals("quoted-printable")) {
                return jakarta.mail.internet.MimeUtility.decode(body.getRawInputStream(), e);
            }
        }
        return part.getInputStream();
    }

    /** The lower-case type without parameters; {@code text/plain} when missing, as RFC 2045 says. */
    public static String baseType(Part part) {
        String value = ReplyHeaders.first(part, "Content-Type");
        if (value == null) {
            return "text/plain";
        }
        try {
            return new ContentType(value).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            String head = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return head.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? head : "application/octet-stream";
        }
    }

    static String parameter(Part part, String name) {
        String value = ReplyHeaders.first(part, "Content-Type");
        try {
            return value == null ? null : new ContentType(value).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isAttachment(Part part) {
        String value = ReplyHeaders.first(part, "Content-Disposition");
        if (value == null) {
            return parameter(part, "name") != null;
        }
        try {
            ContentDisposition cd = new ContentDisposition(value);
            return Part.ATTACHMENT.equalsIgnoreCase(cd.getDisposition()) || cd.getParameter("filename") != null;
        } catch (MessagingException | RuntimeException e) {
            return value.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
        }
    }
}
