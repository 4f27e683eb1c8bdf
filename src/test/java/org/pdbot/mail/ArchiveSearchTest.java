package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdbot.config.Settings;
import org.pdbot.testing.MailServer;
import org.pdbot.testing.Mime;

/** The archive copy of a sent mail, looked up by its Message-ID on a real IMAP server, also while it is being filed. */
class ArchiveSearchTest {

    static final String ID = "<pdbot.0123456789abcdef.0123456789abcdef@clinic.test>";

    MailServer mail;
    ArchiveSearch search;

    @BeforeEach
    void start() {
        mail = MailServer.start();
        Settings settings = Settings.load(Path.of("config"), java.util.Map.of(), mail.settings());
        search = new ArchiveSearch(new MailEndpoints(settings), null, List.of("INBOX", "pdbot-sent"), MailServer.INBOX);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void aCopyInTheInboxOrItsFolderIsFoundAndAMissingOneIsNot() throws Exception {
        mail.deliverToInbox(copy(ID));

        assertThat(search.find(ID)).contains("folder INBOX of " + MailServer.INBOX);
        assertThat(search.find("<pdbot.ffffffffffffffff.ffffffffffffffff@clinic.test>")).isEmpty();
    }

    @Test
    void aCopyBetweenTwoFoldersWhenLookedForIsFoundAtTheSecondLook() throws Exception {
        // a MOVE that takes the copy out of the inbox before it lands in the other folder (GreenMail's does)
        GreenMailUser clinic = mail.greenMail().getUserManager().getUserByEmail(MailServer.INBOX);
        var folders = mail.greenMail().getManagers().getImapHostManager();
        MailFolder sent = folders.createMailbox(clinic, "pdbot-sent");
        MimeMessage inTransit = Mime.parse(copy(ID));
        Thread lands = new Thread(() -> {
            try {
                Thread.sleep(400); // after the first look, before the second
                sent.appendMessage(inTransit, new Flags(), new Date());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        lands.start();

        assertThat(search.find(ID)).contains("folder pdbot-sent of " + MailServer.INBOX);
        lands.join();
    }

    private static byte[] copy(String messageId) {
        return ("From: intake@clinic.test\nTo: ICE-OPLA-ATL-PD@ice.dhs.gov\nSubject: PD request\nMessage-ID: "
                + messageId + "\nMIME-Version: 1.0\nContent-Type: text/plain\n\nThe request.\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
