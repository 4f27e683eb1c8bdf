package org.pdbot.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reply as OPLA (or a mail system) would send it to the clinic inbox, as raw bytes:
 * {@code anOplaReply().from(office).inReplyTo(id).body("OPLA will join...").bytes()}.
 */
public final class OplaReply {

    private String from = "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov";
    private String subject = "RE: PD Request";
    private String messageId = "<" + UUID.randomUUID() + "@ice.dhs.gov>";
    private String body = "Thank you.";
    private String quoted = "";
    private final Map<String, String> headers = new LinkedHashMap<>();

    public static OplaReply anOplaReply() {
        return new OplaReply();
    }

    public OplaReply from(String address) {
        from = address;
        return this;
    }

    public OplaReply subject(String s) {
        subject = s;
        return this;
    }

    public OplaReply inReplyTo(String id) {
        headers.put("In-Reply-To", id);
        headers.put("References", id);
        return this;
    }

    public OplaReply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public OplaReply body(String text) {
        body = text;
        return this;
    }

    /** Quotes the request below the answer, Outlook style, as OPLA's mail client does. */
    public OplaReply quoting(String requestText) {
        quoted = "\r\n\r\n________________________________\r\nFrom: intake@clinic.test\r\nSent: Friday, November 27, 2026"
                + "\r\nTo: " + from + "\r\nSubject: PD Request\r\n\r\n" + requestText.replace("\n", "\r\n");
        return this;
    }

    public String messageId() {
        return messageId;
    }

    public byte[] bytes() {
        StringBuilder sb = new StringBuilder();
        sb.append("From: ").append(from).append("\r\n");
        sb.append("To: intake@clinic.test\r\n");
        sb.append("Subject: ").append(subject).append("\r\n");
        sb.append("Date: Fri, 27 Nov 2026 10:00:00 -0500\r\n");
        sb.append("Message-ID: ").append(messageId).append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
        sb.append(body.replace("\n", "\r\n")).append(quoted).append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A delivery-status notification from the clinic's own mail server for a mail that could not be delivered. */
    public static byte[] bounceOf(String originalMessageId, String failedRecipient) {
        String boundary = "dsn-" + UUID.randomUUID();
        String s = "From: MAILER-DAEMON@clinic.test\r\n"
                + "To: intake@clinic.test\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Date: Fri, 27 Nov 2026 10:00:00 -0500\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@clinic.test>\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "This is the mail system at host mail.clinic.test.\r\n\r\nI'm sorry to have to inform you that your "
                + "message could not be delivered to one or more recipients.\r\n\r\n<" + failedRecipient
                + ">: host mx.ice.dhs.gov said: 550 5.1.1 User unknown\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mail.clinic.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + failedRecipient + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "From: intake@clinic.test\r\nTo: " + failedRecipient + "\r\nSubject: PD Request\r\n"
                + "Message-ID: " + originalMessageId + "\r\n\r\n"
                + "--" + boundary + "--\r\n";
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
