package org.pdbot.mail;

import java.util.List;
import java.util.Map;
import org.pdbot.casefile.SupportingDocument;

/**
 * Everything an outgoing mail will carry, decided by pdbot alone: no header of an inbound mail is ever
 * copied onto it.
 *
 * @param html       the HTML alternative, or null for a text-only mail
 * @param inReplyTo  the Message-ID this mail answers, or null
 * @param references the thread's Message-IDs, oldest first
 * @param headers    extra headers, e.g. {@code Auto-Submitted}
 * @param forwarded  raw mails attached whole (message/rfc822), headers intact
 */
public record OutgoingMail(
        String from,
        List<String> to,
        List<String> cc,
        String subject,
        String text,
        String html,
        List<SupportingDocument> attachments,
        String messageId,
        String inReplyTo,
        List<String> references,
        Map<String, String> headers,
        List<java.nio.file.Path> forwarded) {

    public OutgoingMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        references = List.copyOf(references);
        headers = Map.copyOf(headers);
        forwarded = List.copyOf(forwarded);
    }

    public List<String> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }
}
