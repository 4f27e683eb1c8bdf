package org.pdbot.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a PD request stands, and the only moves it may make. Stored by name in {@code pd_request.status};
 * {@link RequestStore} checks every change against {@link #canMoveTo} and writes it only if the request is still
 * in the status the change was decided from.
 *
 * <pre>
 * DRAFT ─approve→ QUEUED ─send→ SENT ─reply→ ACKNOWLEDGED → AGREED | DECLINED | MORE_INFO_REQUESTED
 *   └─reject→ REJECTED   ├─interrupted→ POSSIBLY_SENT ─copy found→ SENT, ─no copy→ QUEUED
 *                        └─refused→ FAILED          silence or a near hearing → OVERDUE; a bounce → BOUNCED
 * </pre>
 */
public enum RequestStatus {
    DRAFT, REJECTED, QUEUED, POSSIBLY_SENT, FAILED, SENT, ACKNOWLEDGED, OVERDUE, MORE_INFO_REQUESTED, AGREED,
    DECLINED, BOUNCED;

    /** Statuses in which the request has (or may have) reached OPLA and an answer is awaited. */
    public static final Set<RequestStatus> AWAITING_ANSWER = EnumSet.of(SENT, ACKNOWLEDGED, OVERDUE, POSSIBLY_SENT);

    private static final Set<RequestStatus> ANSWERED = EnumSet.of(MORE_INFO_REQUESTED, AGREED, DECLINED);

    public boolean canMoveTo(RequestStatus next) {
        return switch (this) {
            case DRAFT -> next == QUEUED || next == REJECTED;
            case QUEUED -> next == SENT || next == POSSIBLY_SENT || next == FAILED || next == BOUNCED;
            case POSSIBLY_SENT -> next == SENT || next == QUEUED || next == FAILED || next == ACKNOWLEDGED
                    || ANSWERED.contains(next) || next == BOUNCED;
            case SENT, OVERDUE -> next == ACKNOWLEDGED || next == OVERDUE && this == SENT || ANSWERED.contains(next)
                    || next == BOUNCED;
            case ACKNOWLEDGED -> next == OVERDUE || ANSWERED.contains(next) || next == BOUNCED;
            case MORE_INFO_REQUESTED, AGREED, DECLINED -> ANSWERED.contains(next) && next != this || next == BOUNCED;
            case REJECTED, FAILED, BOUNCED -> false;
        };
    }

    /** Whether pdbot has let the request go towards OPLA: neither a draft nor rejected. */
    public boolean released() {
        return this != DRAFT && this != REJECTED;
    }
}
