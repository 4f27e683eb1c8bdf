package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;

/**
 * The endpoint URIs pdbot builds, in a real Camel context: with pdbot.mail.auth=microsoft the mail consumer
 * and producer log in with the bound authenticator's tokens over XOAUTH2, and a refused token is renewed.
 */
class CamelXOAuth2Test {

    @TempDir
    Path tmp;

    private OAuthMailbox mail;
    private CamelContext camel;
    private String smtpUri;
    private ReusedSmtpConnection smtp;
    private final BlockingQueue<String> polled = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        mail = new OAuthMailbox();
        mail.tokens.require("client_secret", "s3cret-value", 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        Settings settings = mail.settings(tmp, Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "clinic-tenant",
                "pdbot.oauth.client-id", "app-1", "pdbot.oauth.client-secret", "s3cret-value",
                "pdbot.intake.poll-delay-ms", "100"));
        MailEndpoints endpoints = new MailEndpoints(settings);
        smtpUri = endpoints.smtpUri();
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(MailAuth.BEAN_NAME, MailAuth.from(settings).orElseThrow());
        smtp = endpoints.smtpConnection(camel.getRegistry().lookupByNameAndType(MailAuth.BEAN_NAME,
                org.apache.camel.component.mail.MailAuthenticator.class));
        camel.getRegistry().bind(ReusedSmtpConnection.BEAN_NAME, smtp);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoints.imapUri()).routeId("intake-mail")
                        .process(e -> polled.add(e.getMessage().getBody(jakarta.mail.Message.class).getSubject()));
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        mail.close();
    }

    @Test
    void theMailConsumerPollsAndTheProducerSendsWithTokens() throws Exception {
        mail.deliver("Case for Maria");
        assertThat(polled.poll(30, TimeUnit.SECONDS)).isEqualTo("Case for Maria");

        send("PD request");

        assertThat(mail.receivedBy("ice-opla-atl-pd@ice.test")).containsExactly("PD request");
        assertThat(mail.tokens.tokensIssued()).isEqualTo(1);
    }

    @Test
    void theProducerRenewsARefusedTokenOnceAndSends() throws Exception {
        send("first");
        mail.serverForgetsTheToken();
        smtp.close(); // the token is presented again only on a new connection

        send("second");

        assertThat(mail.receivedBy("ice-opla-atl-pd@ice.test")).containsExactly("first", "second");
        assertThat(mail.tokens.tokensIssued()).isEqualTo(2);
    }

    private void send(String subject) {
        camel.createProducerTemplate().sendBodyAndHeaders(smtpUri, "request",
                Map.of("From", OAuthMailbox.MAILBOX, "To", "ice-opla-atl-pd@ice.test", "Subject", subject));
    }
}
