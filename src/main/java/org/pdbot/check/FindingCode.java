package org.pdbot.check;

import java.util.Set;

/** The rules of the compliance check, each with its severity and the values its message may use. */
public enum FindingCode {
    /** A field the request needs is missing or unreadable; the message is {@link CaseValidator}'s own. */
    INCOMPLETE_CASE(Severity.BLOCKING),
    HEARING_PAST(Severity.BLOCKING, "date"),
    ATTACHMENT_TYPE(Severity.BLOCKING, "file", "kind", "office", "accepted"),
    PACKET_TOO_LARGE(Severity.BLOCKING, "size", "limit", "office"),
    BODY_EMPTY(Severity.BLOCKING),
    PACKET_SPLIT(Severity.WARNING, "size", "limit", "office", "parts"),
    NO_EOIR_28(Severity.WARNING),
    NO_FACTOR(Severity.WARNING),
    CRIMINAL_HISTORY_WITHOUT_MITIGATION(Severity.WARNING, "entries"),
    HEARING_SOON(Severity.WARNING, "date", "days", "minDays", "office");

    private final Severity severity;
    private final Set<String> placeholders;

    FindingCode(Severity severity, String... placeholders) {
        this.severity = severity;
        this.placeholders = Set.of(placeholders);
    }

    public Severity severity() {
        return severity;
    }

    /** The names a configured message may write in braces ({@code {date}}). */
    Set<String> placeholders() {
        return placeholders;
    }

    /** Whether {@code config/compliance.yaml} gives this rule's text. */
    boolean configured() {
        return this != INCOMPLETE_CASE;
    }
}
