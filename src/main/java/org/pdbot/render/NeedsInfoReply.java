package org.pdbot.render;

/** The answer to a staff member whose case cannot be sent yet: what to fix and how. */
public record NeedsInfoReply(String subject, String text) {
}
