package org.pdbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The words a refused login or an unknown host turn into, for the providers clinics use. */
class MailProblemsTest {

    private static final MailEndpoints.Server GMAIL = new MailEndpoints.Server("imaps", "imap.gmail.com", 993);
    private static final MailEndpoints.Server OUTLOOK = new MailEndpoints.Server("imaps", "outlook.office365.com", 993);

    @Test
    void googleRefusingAPasswordSaysAnAppPasswordOrOAuthIsNeeded() {
        String why = MailProblems.explain(new AuthenticationFailedException("[AUTHENTICATIONFAILED] Invalid credentials"),
                GMAIL, MailAuth.Kind.PASSWORD, "IMAP", "pdbot.imap");

        assertThat(why).contains("app password").contains("pdbot.mail.auth=google").contains("Invalid credentials");
    }

    @Test
    void microsoftRefusingAPasswordSaysBasicAuthenticationIsDisabled() {
        String why = MailProblems.explain(new AuthenticationFailedException("AUTHENTICATE failed."),
                OUTLOOK, MailAuth.Kind.PASSWORD, "IMAP", "pdbot.imap");

        assertThat(why).contains("Basic authentication is disabled").contains("pdbot.mail.auth=microsoft");
    }

    @Test
    void googleRefusingATokenPointsAtTheMailboxAndScope() {
        String why = MailProblems.explain(new AuthenticationFailedException("Invalid credentials"),
                GMAIL, MailAuth.Kind.GOOGLE_SERVICE_ACCOUNT, "IMAP", "pdbot.imap");

        assertThat(why).contains("Google issued a token but IMAP refused it").contains("https://mail.google.com/");
    }

    @Test
    void anUnknownHostNamesTheSettingToFix() {
        String why = MailProblems.explain(new MessagingException("Couldn't connect", new UnknownHostException("imap.clinc.org")),
                new MailEndpoints.Server("imaps", "imap.clinc.org", 993), MailAuth.Kind.PASSWORD, "IMAP", "pdbot.imap");

        assertThat(why).contains("'imap.clinc.org' is unknown").contains("pdbot.imap.host");
    }
}
