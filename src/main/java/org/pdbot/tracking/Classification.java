package org.pdbot.tracking;

/**
 * What a reply to a PD request says. {@link #ACKNOWLEDGED}, {@link #AGREED}, {@link #DECLINED} and
 * {@link #MORE_INFO_REQUESTED} come from the text the replier wrote (rules in {@code config/reply-rules.yaml});
 * {@link #AUTO_REPLY}, {@link #BOUNCE}, {@link #DELAYED} and {@link #DELIVERED} from the mail's headers and
 * structure.
 */
public enum Classification {
    /** A receipt, automatic or human: the request arrived, no decision yet. */
    ACKNOWLEDGED,
    /** OPLA agrees, joins, will not oppose, will file, or sends the signed motion or stipulation. */
    AGREED,
    /** OPLA declines to exercise discretion (at this time or at all). */
    DECLINED,
    /** OPLA asks for documents or information before it decides. */
    MORE_INFO_REQUESTED,
    /** Out of office and other automatic answers (RFC 3834). */
    AUTO_REPLY,
    /** A delivery failure: the request did not reach the mailbox, and the mail system gave up. */
    BOUNCE,
    /** A delay warning: the mail system is still trying; the request stays SENT and a later report still counts. */
    DELAYED,
    /** A success report: delivered, relayed, or a read receipt (RFC 3798). Changes nothing. */
    DELIVERED,
    /** Written by a person, but no rule recognised what it says. */
    OTHER;

    /**
     * A decision or a request the clinic must act on: it moves the case status and stops the overdue clock.
     * {@link #OTHER} is not substantive: nothing proves OPLA decided anything, so the case stays as it was and
     * may still become overdue; see {@link #needsReading()}.
     */
    public boolean substantive() {
        return this == AGREED || this == DECLINED || this == MORE_INFO_REQUESTED;
    }

    /**
     * A person at the clinic should read this mail: a substantive reply, a bounce (an address failed), or a mail
     * the rules could not place ({@link #OTHER}: a person wrote it, and only a person can tell what it means).
     */
    public boolean needsReading() {
        // DELAYED is told once per request by the tracker, not for every warning
        return substantive() || this == BOUNCE || this == OTHER;
    }

    /** Written by a mail system, not a person: recorded, never answered. */
    public boolean machine() {
        return this == AUTO_REPLY || deliveryReport();
    }

    /** A delivery report of any outcome. */
    public boolean deliveryReport() {
        return this == BOUNCE || this == DELAYED || this == DELIVERED;
    }
}
