package org.pdbot.store;

/** The one outcome every intake ends in. */
public enum IntakeOutcome {
    /** A PD request was prepared and queued for the OPLA office. */
    SUBMITTED,
    /** A PD request was prepared and sent to the attorney as a draft, awaiting approval. */
    DRAFTED,
    /** A staff member's answer to a draft (approval, rejection, corrections). */
    REVIEW,
    /** Not submittable yet; the sender was told what is missing or wrong. */
    NEEDS_INFO,
    /** From a sender not on the allow-list, or machine-generated: nothing was sent to anyone. */
    QUARANTINED,
    /** The same intake was handled before; nothing new was done. */
    DUPLICATE,
    /** A reply in a request's thread (OPLA's answer, a receipt, a bounce, the clinic's follow-up): recorded. */
    REPLY,
    /** Mail from OPLA that matches no request: kept on the unmatched list for a person. */
    UNMATCHED,
    /** pdbot's own notice, delivered to the clinic inbox: nothing to do. */
    OWN_NOTICE,
    /**
     * The archive copy of a mail pdbot sent (Bcc to the clinic's own mailbox, {@code pdbot.outbox.archive-copy}):
     * the evidence that the send went through. Filed in the sent folder; no intake is recorded.
     */
    OWN_COPY
}
