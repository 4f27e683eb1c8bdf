package org.pdbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.MailServer;
import picocli.CommandLine;

/** {@code pdbot doctor} as a clinic runs it: a configuration folder in, a report and an exit status out. */
class DoctorCommandTest {

    @TempDir
    Path config;

    private MailServer mail;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() {
        mail = MailServer.start();
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private int doctor(String imapPort, String... args) throws Exception {
        Files.writeString(config.resolve("application.properties"), String.join("\n",
                "pdbot.imap.host=127.0.0.1", "pdbot.imap.port=" + imapPort, "pdbot.imap.username=" + MailServer.INBOX,
                "pdbot.imap.password=" + MailServer.PASSWORD, "pdbot.smtp.host=127.0.0.1", "pdbot.smtp.port=" + mail.smtpPort(),
                "pdbot.mail.security=none", "pdbot.intake.folder.processed=pdbot-processed", ""));
        CommandLine cli = new CommandLine(new PdbotCommand());
        cli.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 3];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "doctor";
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.execute(all);
    }

    @Test
    void exitsOneAndExplainsWhenAFolderIsMissing() throws Exception {
        assertThat(doctor(String.valueOf(mail.imapPort()))).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL]").contains("pdbot-processed (pdbot.intake.folder.processed) is missing");
    }

    @Test
    void exitsZeroOnceCreateFoldersMadeThem() throws Exception {
        assertThat(doctor(String.valueOf(mail.imapPort()), "--create-folders")).isEqualTo(0);
        assertThat(out.toString()).contains("now created").contains("All checks passed.");
    }
}
