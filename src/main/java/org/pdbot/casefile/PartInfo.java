package org.pdbot.casefile;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.util.Locale;

/**
 * The headers of one MIME part that decide what it is, read leniently: a header that does not parse gives
 * the RFC 2045 defaults instead of an exception.
 */
record PartInfo(String baseType, String charset, boolean flowed, boolean delSp, boolean attachment,
                String rawFileName) {

    static PartInfo of(Part part) {
        String contentType = header(part, "Content-Type");
        String baseType = "text/plain";
        String charset = null;
        String format = null;
        String delSp = null;
        String name = null;
        if (contentType != null) {
            try {
                ContentType ct = new ContentType(contentType);
                baseType = ct.getBaseType().toLowerCase(Locale.ROOT);
                charset = ct.getParameter("charset");
                format = ct.getParameter("format");
                delSp = ct.getParameter("delsp");
                name = ct.getParameter("name");
            } catch (ParseException e) {
                baseType = lenientBaseType(contentType);
            }
        }
        boolean attachment = false;
        String fileName = null;
        String disposition = header(part, "Content-Disposition");
        if (disposition != null) {
            try {
                ContentDisposition cd = new ContentDisposition(disposition);
                attachment = Part.ATTACHMENT.equalsIgnoreCase(cd.getDisposition());
                fileName = cd.getParameter("filename");
            } catch (ParseException e) {
                attachment = disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
            }
        }
        return new PartInfo(baseType, charset, "flowed".equalsIgnoreCase(format), "yes".equalsIgnoreCase(delSp),
                attachment, fileName != null ? fileName : name);
    }

    boolean isMultipart() {
        return baseType.startsWith("multipart/");
    }

    boolean isMessage() {
        return baseType.equals("message/rfc822");
    }

    boolean isBodyText() {
        return baseType.equals("text/plain") || baseType.equals("text/html");
    }

    boolean isHtml() {
        return baseType.equals("text/html");
    }

    /** An attachment, or an inline part with a file name (a PDF or image shown in the body), or any non-text leaf. */
    boolean isDocument() {
        return attachment || rawFileName != null || !isBodyText();
    }

    private static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String lenientBaseType(String contentType) {
        String head = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return head.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? head : "application/octet-stream";
    }
}
