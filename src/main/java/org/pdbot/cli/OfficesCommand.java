package org.pdbot.cli;

import java.util.concurrent.Callable;
import org.pdbot.app.Components;
import org.pdbot.config.Settings;
import org.pdbot.directory.Office;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.directory.OfficeResolver;
import org.pdbot.directory.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pdbot offices [QUERY]}: the directory, or the one office a court, facility, city or name leads to. */
@Command(name = "offices", description = {
        "List the OPLA office directory, or resolve QUERY (a court, detention facility, city, office name or code)",
        "to the one office it leads to and show the rule that matched. A name that fits several offices lists",
        "them; an unknown name gets \"did you mean\" suggestions. Exit status 1 when QUERY resolves to none."})
final class OfficesCommand implements Callable<Integer> {

    @ParentCommand
    PdbotCommand parent;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    java.util.List<String> query;

    @Override
    public Integer call() {
        OfficeDirectory directory = Components.loadDirectory(Settings.load(parent.configDir));
        if (query == null || query.isEmpty()) {
            System.out.printf("%-12s %-48s %s%n", "CODE", "OFFICE", "PD ADDRESS");
            for (Office o : directory.offices()) {
                System.out.printf("%-12s %-48s %s%n", o.code(), o.displayName(), o.pdAddress());
            }
            System.out.printf("%d offices%n", directory.offices().size());
            return 0;
        }
        Resolution r = new OfficeResolver(directory).resolve(String.join(" ", query));
        if (r instanceof Resolution.Resolved resolved) {
            Office o = resolved.office();
            System.out.println(o.displayName() + " (" + o.code() + ")");
            System.out.println("  PD address: " + o.pdAddress());
            if (resolved.rule() != null) {
                System.out.println("  Rule:       " + resolved.rule());
            }
            System.out.println("  Why:        " + r.explanation());
            return 0;
        }
        System.out.println(r.explanation());
        if (r instanceof Resolution.Ambiguous ambiguous) {
            for (Office o : ambiguous.candidates()) {
                System.out.printf("  %-12s %-48s %s%n", o.code(), o.displayName(), o.pdAddress());
            }
        }
        return 1;
    }
}
