package org.pdbot.mail;

import java.util.List;

/** The staff mail pdbot answers: who sent it, its subject, and its thread ids. */
public record ReplyTarget(String address, String subject, String messageId, List<String> references) {

    public ReplyTarget {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The References of an answer: the thread so far, then the mail answered. */
    public List<String> thread() {
        List<String> out = new java.util.ArrayList<>(references);
        if (messageId != null && !out.contains(messageId)) {
            out.add(messageId);
        }
        return out;
    }
}
