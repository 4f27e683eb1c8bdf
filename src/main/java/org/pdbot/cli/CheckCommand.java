package org.pdbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pdbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pdbot check}: what the bot would make of intake files, without sending anything. */
@Command(name = "check", description = {
        "Extract, validate and route .eml, .json and .yaml intake files without sending anything, and for each",
        "submittable case print the compliance findings its draft would carry.",
        "Exit status 1 when any file is not submittable or its draft would be blocked."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    PdbotCommand parent;

    @Option(names = "--json", description = "One JSON object per file, per line.")
    boolean json;

    @Option(names = "--render", paramLabel = "DIR", description = {"Write each submittable case's packet PDF and "
            + "draft text to DIR (created if missing), as the bot would make them; file names follow the intake "
            + "file's, A-numbers masked."})
    Path renderDir;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load(parent.configDir);
        if (renderDir != null) {
            java.nio.file.Files.createDirectories(renderDir);
        }
        IntakeChecker checker = new IntakeChecker(settings, renderDir);
        ObjectMapper mapper = new ObjectMapper();
        boolean allOk = true;
        for (Path file : files) {
            IntakeChecker.Checked checked = checker.check(file);
            allOk &= checked.ok();
            System.out.println(json ? mapper.writeValueAsString(checked.toJson()) : checked.describe());
        }
        return allOk ? 0 : 1;
    }

}
