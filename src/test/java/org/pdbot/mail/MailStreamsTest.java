package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailStreamsTest {

    @Test
    void namesAngusAsTheStreamProviderAndMailStillRoundTrips() throws Exception {
        MailStreams.pinProvider();

        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(MailStreams.ANGUS);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreams.ANGUS);
        Session session = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(session);
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Grüße – Nguyễn", "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(new byte[] {0, 1, 2, (byte) 0xFF}, "application/octet-stream");
        m.setContent(new MimeMultipart(text, attachment));
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);

        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Grüße – Nguyễn");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).containsExactly(0, 1, 2, 0xFF);
    }

    @Test
    void keepsAProviderTheOperatorNamed() {
        String before = System.getProperty(MailStreams.PROPERTY);
        try {
            System.setProperty(MailStreams.PROPERTY, "operator.Choice");
            MailStreams.pinProvider();
            assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo("operator.Choice");
        } finally {
            if (before == null) {
                System.clearProperty(MailStreams.PROPERTY);
            } else {
                System.setProperty(MailStreams.PROPERTY, before);
            }
        }
    }
}
