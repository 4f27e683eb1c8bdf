package org.pdbot.mail;

import java.util.List;
import java.util.Locale;

/** What {@code pdbot doctor} found, one finding per check, in the order they ran. */
public record DoctorReport(List<Finding> findings) {

    public enum Status { OK, INFO, WARN, FAIL }

    /** One check: its status, what was checked ("IMAP", "Folder") and what was found, in words. */
    public record Finding(Status status, String subject, String message) {
    }

    public DoctorReport {
        findings = List.copyOf(findings);
    }

    /** True when nothing failed (warnings and notes do not count). */
    public boolean ok() {
        return findings.stream().noneMatch(f -> f.status() == Status.FAIL);
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> f.status() == Status.FAIL).toList();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(String.format(Locale.ROOT, "%-6s %-8s %s%n", "[" + f.status() + "]", f.subject(), f.message()));
        }
        sb.append(ok() ? "All checks passed." : failures().size() + " problem(s) found.");
        return sb.toString();
    }
}
