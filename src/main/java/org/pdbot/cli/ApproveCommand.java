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
        "The request is made again with today's date; when anything else would differ from the draft (a hearing now",
        "past, a rule now failing), nothing is sent and the attorney gets a new draft saying why.",
        "Approving twice sends once. Exit status 1 when nothing was approved."})
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
            return result.startsWith("Request #" + id + " approved") ? 0 : 1;
        }
    }
}
