package org.pdbot.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;

/**
 * One mail from the clinic inbox (or an {@code .eml} from the drop folder) as every stage sees it: the parsed
 * message, read from pdbot's raw copy at {@code raw}, with the few headers each stage needs read once.
 *
 * @param sender   the single From address, or null when there is none that can be read
 * @param replyTo  where an answer to this mail goes, in its thread
 */
public record InboundMail(long intakeId, MimeMessage message, String sender, String subject, String messageId,
                          ReplyTarget replyTo, Path raw) {
}
