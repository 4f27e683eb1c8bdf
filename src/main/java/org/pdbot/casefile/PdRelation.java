package org.pdbot.casefile;

/** How a PD type in a request stands to the one before it. */
public enum PdRelation {
    /** The main request (always the first). */
    PRIMARY,
    /** A step that follows the one before: join a motion to reopen, and then dismiss. */
    AND_THEN,
    /** A fallback if OPLA will not grant the one before. */
    ALTERNATIVE
}
