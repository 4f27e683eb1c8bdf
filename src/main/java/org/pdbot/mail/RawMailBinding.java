package org.pdbot.mail;

import jakarta.mail.Message;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailBinding;
import org.apache.camel.component.mail.MailHeaderFilterStrategy;

/**
 * How the clinic inbox hands a mail to the route: the raw message as the body, and none of its headers as
 * Camel headers. Camel would otherwise copy every inbound header into the exchange on first access, where its
 * mail consumer obeys {@code moveTo}, {@code copyTo} and {@code delete}; and a header it cannot read (a broken
 * IMAP envelope, a bad date) would fail the exchange before pdbot sees the mail, again on every poll.
 */
public final class RawMailBinding extends MailBinding {

    public RawMailBinding() {
        super(new MailHeaderFilterStrategy(), null, false, false);
    }

    @Override
    protected Map<String, Object> extractHeadersFromMail(Message mailMessage, Exchange exchange) {
        return new HashMap<>();
    }
}
