package org.pdbot.check;

import java.util.List;
import java.util.Optional;
import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.Office;
import org.pdbot.directory.Resolution;

/** A case with the office it resolves to and everything that stops it from being sent. */
public record Assessment(CaseFile caseFile, Resolution resolution, List<String> problems) {

    public Assessment {
        problems = List.copyOf(problems);
    }

    public boolean submittable() {
        return problems.isEmpty() && resolution instanceof Resolution.Resolved;
    }

    public Optional<Office> office() {
        return resolution instanceof Resolution.Resolved r ? Optional.of(r.office()) : Optional.empty();
    }
}
