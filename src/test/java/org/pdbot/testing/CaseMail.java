package org.pdbot.testing;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A case email as a paralegal would send it, built fluently: {@code aCaseMail().with("Court", "Krome").bytes()}.
 * Starts from a complete, submittable case for the Stewart detention docket (OPLA Atlanta — Stewart).
 */
public final class CaseMail {

    private String from = "paralegal@clinic.test";
    private String subject = "New PD case";
    private String messageId = "<" + UUID.randomUUID() + "@mail.clinic.test>";
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private final Map<String, byte[]> pdfs = new LinkedHashMap<>();

    private CaseMail() {
        fields.put("Name", "Maria Elena Lopez");
        fields.put("A-Number", "A201-555-123");
        fields.put("Date of birth", "04/02/1988");
        fields.put("Country", "Guatemala");
        fields.put("Court", "Stewart Immigration Court");
        fields.put("Detained", "Yes - Stewart Detention Center");
        fields.put("Next hearing", "March 15, 2027 at 9:00 AM (master)");
        fields.put("PD type", "Joint motion to dismiss; in the alternative, administrative closure");
        fields.put("Reasons", "Ms. Lopez has lived in the United States for 17 years. She is the mother of two "
                + "U.S. citizen children and works as a home health aide.");
        fields.put("Criminal history", "None");
        fields.put("Attorney", "Ana Rivera");
        fields.put("EOIR ID", "AB123456");
        fields.put("Attorney email", "arivera@clinic.test");
    }

    public static CaseMail aCaseMail() {
        return new CaseMail();
    }

    public CaseMail from(String address) {
        from = address;
        return this;
    }

    public CaseMail subject(String s) {
        subject = s;
        return this;
    }

    public CaseMail messageId(String id) {
        messageId = id;
        return this;
    }

    public String messageId() {
        return messageId;
    }

    public CaseMail with(String label, String value) {
        fields.put(label, value);
        return this;
    }

    public CaseMail without(String label) {
        fields.remove(label);
        return this;
    }

    public CaseMail header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public CaseMail attachPdf(String fileName) {
        pdfs.put(fileName, Pdfs.minimal(fileName));
        return this;
    }

    public String body() {
        StringBuilder sb = new StringBuilder("Hello,\n\nPlease submit this PD request.\n\n");
        fields.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.append("\nThanks\n").toString();
    }

    public byte[] bytes() {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            m.setFrom(new InternetAddress(from));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(RunningBot.INBOX));
            m.setSubject(subject, "UTF-8");
            if (pdfs.isEmpty()) {
                m.setText(body(), "UTF-8");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body(), "UTF-8");
                mixed.addBodyPart(text);
                for (var pdf : pdfs.entrySet()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf.getValue(), "application/pdf")));
                    part.setFileName(pdf.getKey());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                m.setContent(mixed);
            }
            m.saveChanges();
            m.setHeader("Message-ID", messageId);
            for (var h : extraHeaders.entrySet()) {
                m.addHeader(h.getKey(), h.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
