package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.pdbot.testing.ScriptedSmtp;
import org.pdbot.testing.ScriptedSmtp.Ending;

/** Whether a failed send may have reached the server decides whether the outbox may simply try it again. */
class ReusedSmtpConnectionTest {

    @Test
    void aConnectionLostAfterTheContentWentOutIsAnUncertainDelivery() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp(Ending.HANGS_UP_AFTER_DATA)) {
            assertThatThrownBy(() -> connectionTo(server).send(message())).isInstanceOf(UncertainDelivery.class)
                    .hasMessageContaining("before its reply");
            assertThat(server.messagesReceived()).as("the server did get the whole mail").isEqualTo(1);
        }
    }

    @Test
    void aConnectionLostBeforeTheContentIsAnOrdinaryFailure() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp(Ending.HANGS_UP_AT_RCPT)) {
            assertThatThrownBy(() -> connectionTo(server).send(message())).isInstanceOf(MessagingException.class)
                    .isNotInstanceOf(UncertainDelivery.class);
            assertThat(server.messagesReceived()).isZero();
        }
    }

    @Test
    void aRefusalOfTheDataIsAnOrdinaryFailureSinceTheServerAnswered() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp(Ending.REFUSES_DATA)) {
            assertThatThrownBy(() -> connectionTo(server).send(message()))
                    .isInstanceOf(SMTPSendFailedException.class).hasMessageContaining("451");
        }
    }

    @Test
    void anAcceptedMailLeavesTheServersReply() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp(Ending.ACCEPTS)) {
            ReusedSmtpConnection connection = connectionTo(server);
            connection.send(message());
            assertThat(connection.lastReply()).isEqualTo("250 2.0.0 Ok: queued as SCRIPTED1");
            connection.close();
        }
    }

    private static ReusedSmtpConnection connectionTo(ScriptedSmtp server) {
        Properties p = new Properties();
        p.put("mail.smtp.timeout", "5000");
        p.put("mail.smtp.connectiontimeout", "5000");
        return new ReusedSmtpConnection(new MailEndpoints.Server("smtp", "127.0.0.1", server.port()), p, null, null, null);
    }

    private static MimeMessage message() throws MessagingException {
        FixedIdMimeMessage m = new FixedIdMimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("intake@clinic.test"));
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("opla@ice.dhs.gov"));
        m.setSubject("Request");
        m.setText("Letter");
        m.setHeader("Message-ID", "<scripted@clinic.test>");
        return m;
    }
}
