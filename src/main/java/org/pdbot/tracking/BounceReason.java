package org.pdbot.tracking;

import java.util.Locale;

/** Why a delivery failed, in the words the attorney reads ({@code reasons} in {@code config/bounce-rules.yaml}). */
enum BounceReason {
    UNKNOWN_MAILBOX("the address does not exist (unknown mailbox)"),
    MAILBOX_FULL("the office's mailbox is full"),
    TOO_LARGE("the message is too large for the office's mail server"),
    SPAM("the office's mail server took the message for spam"),
    POLICY("the office's mail server refused it by policy"),
    OTHER("the mail system gave no reason pdbot recognises");

    private final String words;

    BounceReason(String words) {
        this.words = words;
    }

    /** The reason as a sentence part: "the office's mailbox is full". */
    public String words() {
        return words;
    }

    /** {@code unknown-mailbox} → {@link #UNKNOWN_MAILBOX}. */
    static BounceReason ofName(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
