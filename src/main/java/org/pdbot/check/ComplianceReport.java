package org.pdbot.check;

import java.util.List;
import java.util.stream.Collectors;

/** What the compliance check found for one request: blocking findings first, then warnings, then the factors. */
public record ComplianceReport(List<Finding> findings, List<FactorCoverage> factors) {

    public ComplianceReport {
        findings = List.copyOf(findings);
        factors = List.copyOf(factors);
    }

    /** True when at least one finding stops the request from being sent. */
    public boolean blocked() {
        return !blocking().isEmpty();
    }

    public List<Finding> blocking() {
        return of(Severity.BLOCKING);
    }

    public List<Finding> warnings() {
        return of(Severity.WARNING);
    }

    /** The report as a person reads it in the draft mail. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        section(out, "Blocking", "nothing is sent until these are fixed", blocking());
        section(out, "Warnings", "the attorney decides", warnings());
        if (!factors.isEmpty()) {
            out.append("OPLA factors addressed (✓ yes, – no):\n");
            out.append(factors.stream().map(f -> "  " + (f.addressed() ? "✓ " : "– ") + f.label())
                    .collect(Collectors.joining("\n")));
            out.append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String meaning, List<Finding> list) {
        if (list.isEmpty()) {
            out.append(title).append(": none\n\n");
            return;
        }
        out.append(title).append(" (").append(meaning).append("):\n");
        list.forEach(f -> out.append("  - ").append(f.message()).append('\n'));
        out.append('\n');
    }

    private List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
