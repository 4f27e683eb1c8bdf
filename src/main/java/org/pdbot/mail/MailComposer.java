package org.pdbot.mail;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.pdbot.casefile.SupportingDocument;

/** Turns an {@link OutgoingMail} into MIME: text (and HTML) alternatives, then the documents as attachments. */
public final class MailComposer {

    static {
        MailStreams.pinProvider();
    }

    private final Session session;

    public MailComposer(Session session) {
        this.session = session;
    }

    public MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage m = new FixedIdMimeMessage(session);
        m.setFrom(address(mail.from()));
        m.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            m.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
        }
        m.setSubject(singleLine(mail.subject()), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("Message-ID", singleLine(mail.messageId()));
        if (mail.inReplyTo() != null) {
            m.setHeader("In-Reply-To", singleLine(mail.inReplyTo()));
        }
        if (!mail.references().isEmpty()) {
            m.setHeader("References", singleLine(String.join(" ", mail.references())));
        }
        for (Map.Entry<String, String> h : mail.headers().entrySet()) {
            m.setHeader(h.getKey(), singleLine(h.getValue()));
        }

        MimeBodyPart body = new MimeBodyPart();
        if (mail.html() == null) {
            body.setText(mail.text(), "UTF-8");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            body.setContent(alternative);
        }
        if (mail.attachments().isEmpty() && mail.forwarded().isEmpty()) {
            m.setContent(new MimeMultipart(body));
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            for (SupportingDocument d : mail.attachments()) {
                mixed.addBodyPart(attachment(d));
            }
            for (java.nio.file.Path raw : mail.forwarded()) {
                mixed.addBodyPart(forwardedMail(raw));
            }
            m.setContent(mixed);
        }
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart attachment(SupportingDocument d) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        FileDataSource source = new FileDataSource(d.file().toFile()) {
            @Override
            public String getContentType() {
                return d.contentType() == null ? "application/octet-stream" : d.contentType();
            }
        };
        part.setDataHandler(new DataHandler(source));
        // a non-ASCII name is written as RFC 2231 (filename*=UTF-8''...), which every current client reads
        part.setFileName(singleLine(d.fileName()));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static MimeBodyPart forwardedMail(java.nio.file.Path raw) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        FileDataSource source = new FileDataSource(raw.toFile()) {
            @Override
            public String getContentType() {
                return "message/rfc822";
            }
        };
        part.setDataHandler(new DataHandler(source));
        part.setFileName("reply.eml");
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static InternetAddress address(String a) throws AddressException {
        return new InternetAddress(singleLine(a), true);
    }

    private static InternetAddress[] addresses(List<String> list) throws AddressException {
        InternetAddress[] out = new InternetAddress[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = address(list.get(i));
        }
        return out;
    }

    /** No value may carry a line break into a header: that would let it add headers or recipients. */
    static String singleLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\x00-\\x1F\\x7F]+", " ").strip();
    }
}
