package org.pdbot.check;

import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.Resolution;

/**
 * What OPLA's page asks a PD request to contain, checked before anything is sent: who (name, A-number),
 * where (a resolved office), what (a PD type), why (reasons) and the criminal history (a list or "none").
 */
final class CaseValidator {

    /** Every problem in plain words, those found while reading the intake first; empty when submittable. */
    public List<String> problems(CaseFile c, Resolution office) {
        List<String> problems = new ArrayList<>(c.problems());
        require(problems, c.name() != null && !c.name().isBlank(), "Name",
                "Name is missing (write 'Name: <client's full name>')");
        require(problems, c.aNumber() != null, "A-Number",
                "A-Number is missing (write 'A-Number: A###-###-###')");
        if (!(office instanceof Resolution.Resolved)) {
            problems.add(office.explanation());
        }
        require(problems, !c.pdTypes().isEmpty(), "PD type",
                "PD type is missing: say what OPLA is asked to do (e.g. 'PD type: joint motion to dismiss')");
        // the equities by factor are reasons too, when a clinic gives them instead of a narrative
        require(problems, (c.reasons() != null && !c.reasons().isBlank()) || !c.details().equities().isEmpty(), "Reasons",
                "Reasons are missing: say why discretion is warranted (e.g. 'Reasons: ...')");
        require(problems, c.detained() != null || c.facility() != null, "Detained",
                "Detained is missing: write 'Detained: yes' (with the facility) or 'Detained: no'");
        require(problems, c.criminalHistory() != null && c.criminalHistory().isStated(), "Criminal history",
                "Criminal history is missing: list every arrest and conviction, or write 'Criminal history: None'");
        return problems;
    }

    /** Adds the missing-field message unless a problem already names that field (e.g. a malformed value). */
    private static void require(List<String> problems, boolean present, String field, String message) {
        if (!present && problems.stream().noneMatch(p -> p.startsWith(field))) {
            problems.add(message);
        }
    }
}
