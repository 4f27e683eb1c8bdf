package org.pdbot.casefile;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;

/** An intake mail to a case: the newest case block's fields, and the documents attached to the mail. */
public final class MailCaseReader {

    private MailCaseReader() {
    }

    public static CaseFile read(MimeMessage message, Path attachmentDir, long maxAttachmentBytes)
            throws MessagingException, IOException {
        MailContent content = new MailContentExtractor(attachmentDir, maxAttachmentBytes).extract(message);
        CaseFile.Builder builder = LabelledFieldParser.parse(content.caseText());
        content.documents().forEach(builder::addDocument);
        content.problems().forEach(builder::addProblem);
        return builder.build();
    }
}
