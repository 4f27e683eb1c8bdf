package org.pdbot.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.MessageIDTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filing an intake mail survives a crash. Camel files a mail by flagging it seen, copying it to the outcome
 * folder, then flagging it deleted; pdbot reads every undeleted inbox mail (not only unseen ones), so a mail
 * stranded by a crash in between is read again. If the crash came after the copy, the outcome folder already
 * holds the mail: this copy is then only deleted, so each mail ends up in exactly one folder.
 */
final class ImapFiling {

    private static final Logger log = LoggerFactory.getLogger(ImapFiling.class);

    private ImapFiling() {
    }

    /** True when {@code mail} was seen before and {@code folderName} already holds a mail with its Message-ID. */
    static boolean alreadyFiled(Message mail, String folderName) {
        try {
            Folder inbox = mail.getFolder();
            String[] ids = mail.getHeader("Message-ID");
            if (inbox == null || ids == null || ids.length != 1 || !mail.isSet(Flags.Flag.SEEN)) {
                return false;
            }
            Folder target = inbox.getStore().getFolder(folderName);
            if (!target.exists()) {
                return false;
            }
            target.open(Folder.READ_ONLY);
            try {
                return target.search(new MessageIDTerm(ids[0].strip())).length > 0;
            } finally {
                target.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Cannot tell whether the mail was filed before; filing it: {}", e.toString());
            return false;
        }
    }
}
