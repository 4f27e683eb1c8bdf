package org.pdbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pdbot doctor} as a clinic runs it: a configuration folder in, a report and an exit status out. */
class DoctorCommandTest {

    @TempDir
    Path config;

    private GreenMail greenMail;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        greenMail.start();
        greenMail.setUser("intake@clinic.test", "intake@clinic.test", "pw");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private int doctor(String imapPort, String... args) throws Exception {
        Files.writeString(config.resolve("application.properties"), String.join("\n",
                "pdbot.imap.host=127.0.0.1", "pdbot.imap.port=" + imapPort, "pdbot.imap.username=intake@clinic.test",
                "pdbot.imap.password=pw", "pdbot.smtp.host=127.0.0.1", "pdbot.smtp.port=" + greenMail.getSmtp().getPort(),
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
        assertThat(doctor(String.valueOf(greenMail.getImap().getPort()))).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL]").contains("pdbot-processed (pdbot.intake.folder.processed) is missing");
    }

    @Test
    void exitsZeroOnceCreateFoldersMadeThem() throws Exception {
        assertThat(doctor(String.valueOf(greenMail.getImap().getPort()), "--create-folders")).isEqualTo(0);
        assertThat(out.toString()).contains("now created").contains("All checks passed.");
    }
}
