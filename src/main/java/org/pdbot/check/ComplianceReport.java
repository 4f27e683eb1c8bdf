package org.pdbot.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the compliance check found for one request: blocking findings first, then warnings, then the factors.
 *
 * @param coverage notes for the attorney about what the request covers (a missing summary, evidence that
 *                 seems missing); warnings in weight, but kept apart from the findings: they never block and
 *                 are never part of the letter
 */
public record ComplianceReport(List<Finding> findings, List<FactorCoverage> factors, List<Finding> coverage) {

    public ComplianceReport {
        findings = List.copyOf(findings);
        factors = List.copyOf(factors);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    public ComplianceReport(List<Finding> findings, List<FactorCoverage> factors) {
        this(findings, factors, List.of());
    }

    /** The factors neither the narrative nor the equities speak to. */
    public List<FactorCoverage> unaddressed() {
        return factors.stream().filter(f -> !f.addressed()).toList();
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
            out.append(factors.stream().map(f -> "  " + (f.addressed() ? "✓ " : "– ") + f.label()
                            + (f.inEquities() ? (f.inNarrative() ? " (narrative and equities)" : " (equities)") : ""))
                    .collect(Collectors.joining("\n")));
            out.append('\n');
        }
        if (!coverage.isEmpty()) {
            out.append(factors.isEmpty() ? "" : "\n").append("Coverage (for the attorney, not sent to OPLA):\n");
            coverage.forEach(f -> out.append("  - ").append(f.message()).append('\n'));
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
