package org.pdbot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pdbot}: the launcher's commands. */
@Command(name = "pdbot", mixinStandardHelpOptions = true, version = "pdbot 0.1.0",
        description = "Prepares, sends and tracks prosecutorial-discretion requests to ICE OPLA.",
        subcommands = {RunCommand.class, CheckCommand.class, OfficesCommand.class, StatusCommand.class, ApproveCommand.class, DoctorCommand.class})
public final class PdbotCommand implements Callable<Integer> {

    @Option(names = "--config", description = "Configuration folder (default: ${DEFAULT-VALUE}, or PDBOT_CONFIG_DIR).",
            defaultValue = "${env:PDBOT_CONFIG_DIR:-config}")
    Path configDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // libraries that log through java.util.logging end up in the same one-line format
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new PdbotCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
