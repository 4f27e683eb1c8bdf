package org.pdbot.check;

/** How much a compliance finding matters. */
public enum Severity {
    /** Nothing is sent until a person fixes it. */
    BLOCKING,
    /** Shown to the attorney in the draft; the attorney decides. */
    WARNING
}
