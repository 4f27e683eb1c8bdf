package org.pdbot.check;

/**
 * One thing the compliance check found, in plain words.
 *
 * @param code a stable name for the rule: a {@link FindingCode} name, or {@link FindingCode#INCOMPLETE_CASE}
 *             for each problem the intake checks already report
 */
public record Finding(Severity severity, String code, String message) {
}
