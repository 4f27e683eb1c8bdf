package org.pdbot.mail;

import jakarta.mail.Part;

/** What the writer of a reply wrote, above the quote, and the whole text with the quote, for other features. */
public final class WrittenText {

    private WrittenText() {
    }

    /** The new text of a reply: quotes, "On … wrote:" history, forwarded originals and signatures removed. */
    public static String of(Part mail) {
        return NewText.of(ReplyText.body(mail));
    }

    /** Every text of the mail, quotes and attached messages included. */
    public static String everything(Part mail) {
        return ReplyText.everything(mail);
    }
}
