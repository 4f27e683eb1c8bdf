package org.pdbot.mail;

import jakarta.mail.MessagingException;

/**
 * The connection broke after a mail's whole content had gone to the SMTP server and before its final reply was
 * read: the server may have accepted the mail or not. Sending it again could deliver it twice, so the outbox
 * settles it by its archive copy instead of retrying.
 */
public final class UncertainDelivery extends MessagingException {

    public UncertainDelivery(Exception cause) {
        super("the connection broke after the mail was handed to the server, before its reply: "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
    }

    /** Whether {@code error}, or one of its causes, is an uncertain delivery. */
    public static boolean in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UncertainDelivery) {
                return true;
            }
        }
        return false;
    }
}
