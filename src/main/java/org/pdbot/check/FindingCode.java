package org.pdbot.check;

import java.util.Set;

/** The rules of the compliance check, each with its severity and the values its message may use. */
enum FindingCode {
    /** A field the request needs is missing or unreadable; the message is {@link CaseValidator}'s own. */
    INCOMPLETE_CASE(Severity.BLOCKING),
    HEARING_PAST(Severity.BLOCKING, "date"),
    ATTACHMENT_TYPE(Severity.BLOCKING, "file", "kind", "office", "accepted"),
    PACKET_TOO_LARGE(Severity.BLOCKING, "size", "limit", "office"),
    BODY_EMPTY(Severity.BLOCKING),
    /** The request asks for relief OPLA does not decide (a stay of removal, deferred action, release). */
    NOT_FOR_OPLA(Severity.BLOCKING, "relief", "where"),
    /** The criminal history says none but the narrative speaks of the client's arrest, charge or conviction. */
    CRIMINAL_HISTORY_CONTRADICTED(Severity.BLOCKING, "sentence"),
    PACKET_SPLIT(Severity.WARNING, "size", "limit", "office", "parts"),
    NO_EOIR_28(Severity.WARNING),
    NO_FACTOR(Severity.WARNING),
    CRIMINAL_HISTORY_WITHOUT_MITIGATION(Severity.WARNING, "entries"),
    HEARING_SOON(Severity.WARNING, "date", "days", "minDays", "office"),
    /** Part of the PD request named no PD type pdbot knows; it is not in the request. */
    PD_UNREAD(Severity.WARNING, "parts"),
    BOND_AMOUNT_MISSING(Severity.WARNING),
    RELIEF_DETAILS_MISSING(Severity.WARNING, "missing"),
    ORDER_DETAILS_MISSING(Severity.WARNING, "missing"),
    DISMISSAL_DETAILS_MISSING(Severity.WARNING, "missing", "request"),
    POSTURE_CONFLICT(Severity.WARNING, "conflict"),
    NO_SUMMARY(Severity.WARNING),
    NO_ENFORCEMENT_STATEMENT(Severity.WARNING),
    EVIDENCE_MISSING(Severity.WARNING, "claim", "expects");

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
