package org.pdbot.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.pdbot.testing.CaseMail;
import org.pdbot.testing.Pdfs;

/** Mails too big to keep in the repository, made when a test runs; each carries a complete case up front. */
final class BigMail {

    private BigMail() {
    }

    static String caseText(String aNumber) {
        return CaseMail.aCaseMail().with("A-Number", aNumber).body();
    }

    static String caseTextWithoutCriminalHistory(String aNumber) {
        return CaseMail.aCaseMail().with("A-Number", aNumber).without("Criminal history").body();
    }

    static String headers(String subject, String messageId) {
        return "From: paralegal@clinic.test\r\nTo: intake@clinic.test\r\nSubject: " + subject + "\r\nMessage-ID: "
                + messageId + "\r\nDate: Mon, 4 Jan 2027 10:00:00 -0500\r\nMIME-Version: 1.0\r\n";
    }

    static byte[] textMail(String headers, String body) {
        return (headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** A body of {@code megabytes} MB of ordinary text after the case. */
    static byte[] withLongBody(String headers, String caseText, int megabytes) {
        StringBuilder body = new StringBuilder(caseText).append("\r\n");
        String line = "This line pads the message; a forwarded thread can be long, but not this long.\r\n";
        while (body.length() < megabytes * 1024 * 1024) {
            body.append(line);
        }
        return textMail(headers, body.toString());
    }

    /** The case in the first part, then multiparts nested {@code depth} levels deep. */
    static byte[] nested(String headers, String caseText, int depth) {
        StringBuilder sb = new StringBuilder(headers).append("Content-Type: multipart/mixed; boundary=\"n0\"\r\n\r\n");
        sb.append("--n0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(caseText).append("\r\n");
        for (int i = 1; i <= depth; i++) {
            sb.append("--n").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=\"n").append(i)
                    .append("\"\r\n\r\n");
        }
        sb.append("--n").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeepest\r\n");
        for (int i = depth; i >= 0; i--) {
            sb.append("--n").append(i).append("--\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The case, then {@code count} small PDFs. */
    static byte[] withAttachments(String headers, String caseText, int count) {
        String pdf = Base64.getMimeEncoder().encodeToString(Pdfs.minimal("exhibit"));
        StringBuilder sb = new StringBuilder(headers).append("Content-Type: multipart/mixed; boundary=\"att\"\r\n\r\n");
        sb.append("--att\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(caseText).append("\r\n");
        for (int i = 0; i < count; i++) {
            sb.append("--att\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n")
                    .append("Content-Disposition: attachment; filename=\"exhibit-").append(i).append(".pdf\"\r\n\r\n")
                    .append(pdf).append("\r\n");
        }
        sb.append("--att--\r\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String repeat(String s, int bytes) {
        return s.repeat(Math.max(1, bytes / s.length()));
    }
}
