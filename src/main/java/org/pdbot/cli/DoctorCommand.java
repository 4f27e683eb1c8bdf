package org.pdbot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pdbot.config.Settings;
import org.pdbot.mail.DoctorReport;
import org.pdbot.mail.MailDoctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pdbot doctor}: logs in to the configured mail servers for real and explains what is wrong. */
@Command(name = "doctor", description = {
        "Check the mail configuration for real: get a token (OAuth), log in to IMAP and SMTP, and look for the",
        "folders pdbot needs. Sends nothing. Exit status 1 when anything is wrong."})
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    PdbotCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--create-folders", description = "Create the folders pdbot needs when they are missing.")
    boolean createFolders;

    @Override
    public Integer call() {
        DoctorReport report = new MailDoctor(Settings.load(parent.configDir)).examine(createFolders);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.describe());
        out.flush();
        return report.ok() ? 0 : 1;
    }
}
