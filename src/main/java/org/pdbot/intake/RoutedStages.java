package org.pdbot.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.pdbot.mail.InboundMail;
import org.pdbot.store.Decision;

/**
 * Hands each triaged mail to the {@code intake-stage} route ({@code routes/intake-stage.camel.yaml}), whose
 * {@code choice} names the stage for each kind, and returns the stage's decision. A stage's exception comes back
 * as itself, so the poison guard counts it as before.
 */
public final class RoutedStages implements IntakeProcessor.Stages {

    static final String ENDPOINT = "direct:intake-stage";

    private volatile ProducerTemplate template;

    /** Once Camel is configured, before any route runs. */
    public void use(CamelContext camel) {
        this.template = camel.createProducerTemplate();
    }

    @Override
    public Decision decide(Triage.Verdict verdict, InboundMail mail) {
        ProducerTemplate t = template;
        if (t == null) {
            throw new IllegalStateException("The intake stages run in the intake-stage route, and Camel is not started");
        }
        try {
            return t.requestBody(ENDPOINT, new TriagedMail(verdict.kind(), verdict.reason(), mail), Decision.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
