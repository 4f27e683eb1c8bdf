package org.pdbot.directory;

/** What to do with a packet over an office's size limit (the {@code oversize} rule key). */
public enum Oversize {
    /** Send it in several numbered e-mails, each under the limit. */
    SPLIT,
    /** Do not send it; a person must make it smaller. */
    BLOCK
}
