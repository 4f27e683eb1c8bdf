package org.pdbot.intake;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultMessage;

/**
 * The first step of the inbox route: the exchange continues with a new, empty message whose body is the raw
 * mail. On Camel 4.17 a mail's own headers become exchange headers that the mail consumer and producer obey
 * ({@code moveTo}, {@code delete}, {@code copyTo}, {@code mail.smtp.*}, To, From…), so none may survive; and
 * since they are never read, Camel does not fetch them from the server either.
 */
public final class InboundMailFirewall implements Processor {

    @Override
    public void process(Exchange exchange) {
        Object raw = exchange.getIn() instanceof MailMessage mail ? mail.getOriginalMessage() : exchange.getIn().getBody();
        DefaultMessage clean = new DefaultMessage(exchange);
        clean.setBody(raw);
        exchange.setIn(clean);
    }
}
