package org.pdbot.cli;

import java.util.concurrent.Callable;
import org.pdbot.app.Components;
import org.pdbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pdbot approve ID}: approve a request's newest draft from the console (the running bot sends it). */
@Command(name = "approve", description = {
        "Approve the newest draft of request ID (see pdbot status): the running bot then sends it to OPLA.",
        "Approving twice sends once. Exit status 1 when there was nothing to approve."})
final class ApproveCommand implements Callable<Integer> {

    @ParentCommand
    PdbotCommand parent;

    @Parameters(paramLabel = "ID", description = "The request's number.")
    long id;

    @Override
    public Integer call() {
        try (Components components = Components.create(Settings.load(parent.configDir))) {
            String by = "console:" + System.getProperty("user.name", "unknown");
            String result = components.review().approve(id, by);
            System.out.println(result);
            return result.contains("approved") ? 0 : 1;
        }
    }
}
