package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;
import org.pdbot.store.RawStore;

/**
 * With pdbot.mail.auth=microsoft the inbox reader and, in a real Camel context, the mail producer log in with
 * one authenticator's tokens over XOAUTH2, and a refused token is renewed.
 */
class CamelXOAuth2Test {

    @TempDir
    Path tmp;

    private OAuthMailbox mail;
    private CamelContext camel;
    private String smtpUri;
    private ReusedSmtpConnection smtp;
    private ImapInbox inbox;

    @BeforeEach
    void start() throws Exception {
        mail = new OAuthMailbox();
        mail.tokens.require("client_secret", "s3cret-value", 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        Settings settings = mail.settings(tmp, Map.of("pdbot.mail.auth", "microsoft", "pdbot.oauth.tenant", "clinic-tenant",
                "pdbot.oauth.client-id", "app-1", "pdbot.oauth.client-secret", "s3cret-value",
                "pdbot.intake.poll-delay-ms", "100"));
        MailEndpoints endpoints = new MailEndpoints(settings);
        smtpUri = endpoints.smtpUri();
        MailAuthenticator auth = MailAuth.from(settings).orElseThrow();
        inbox = new ImapInbox(endpoints, auth, new RawStore(tmp), 20, 8 << 20);
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(MailAuth.BEAN_NAME, auth);
        smtp = endpoints.smtpConnection(auth);
        camel.getRegistry().bind(ReusedSmtpConnection.BEAN_NAME, smtp);
        camel.start();
    }

    @AfterEach
    void stop() {
        inbox.close();
        camel.stop();
        mail.close();
    }

    @Test
    void theInboxIsReadAndTheProducerSendsWithTokens() throws Exception {
        mail.deliver("Case for Maria");
        List<ImapInbox.Fetched> read = inbox.read();
        assertThat(read).hasSize(1);
        assertThat(Files.readString(read.get(0).raw().file())).contains("Subject: Case for Maria");

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
