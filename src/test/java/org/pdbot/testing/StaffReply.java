package org.pdbot.testing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A staff member answering a mail from pdbot (e.g. a draft), quoting it below, as mail clients do. */
public final class StaffReply {

    private String from = "arivera@clinic.test";
    private String inReplyTo;
    private String body = "APPROVE";
    private String quoted = "";
    private byte[] pdf;
    private String pdfName;

    public static StaffReply aReplyTo(String messageId) {
        StaffReply r = new StaffReply();
        r.inReplyTo = messageId;
        return r;
    }

    public StaffReply from(String address) {
        from = address;
        return this;
    }

    public StaffReply saying(String text) {
        body = text;
        return this;
    }

    /** Quotes the mail answered, each line prefixed with "> ". */
    public StaffReply quoting(String text) {
        quoted = "\n\nOn Fri, Nov 27, 2026 at 10:00 AM pdbot <intake@clinic.test> wrote:\n"
                + text.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
        return this;
    }

    public StaffReply attachingPdf(String name) {
        pdfName = name;
        pdf = Pdfs.minimal(name);
        return this;
    }

    public byte[] bytes() {
        String text = (body + quoted).replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder sb = new StringBuilder();
        sb.append("From: ").append(from).append("\r\nTo: intake@clinic.test\r\nSubject: Re: draft\r\n");
        sb.append("Date: Fri, 27 Nov 2026 11:00:00 -0500\r\nMessage-ID: <").append(UUID.randomUUID()).append("@clinic.test>\r\n");
        if (inReplyTo != null) {
            sb.append("In-Reply-To: ").append(inReplyTo).append("\r\nReferences: ").append(inReplyTo).append("\r\n");
        }
        sb.append("MIME-Version: 1.0\r\n");
        if (pdf == null) {
            sb.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(text).append("\r\n");
        } else {
            String b = "b-" + UUID.randomUUID();
            sb.append("Content-Type: multipart/mixed; boundary=\"").append(b).append("\"\r\n\r\n");
            sb.append("--").append(b).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(text).append("\r\n");
            sb.append("--").append(b).append("\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"")
                    .append(pdfName).append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(java.util.Base64.getMimeEncoder().encodeToString(pdf)).append("\r\n");
            sb.append("--").append(b).append("--\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
