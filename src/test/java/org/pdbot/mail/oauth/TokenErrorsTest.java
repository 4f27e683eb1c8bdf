package org.pdbot.mail.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** What the identity providers' errors clinics meet most are turned into. */
class TokenErrorsTest {

    private static final URI ENDPOINT = URI.create("https://login.microsoftonline.com/t/oauth2/v2.0/token");

    private static String microsoft(String error, String description) {
        return TokenErrors.explain(Flow.MICROSOFT, 400, error, description, ENDPOINT);
    }

    @Test
    void anApplicationUnknownInTheTenantPointsAtTenantAndClientId() {
        assertThat(microsoft("unauthorized_client", "AADSTS700016: Application with identifier 'abc' was not found in"
                + " the directory 'Contoso'.")).contains("pdbot.oauth.client-id").contains("pdbot.oauth.tenant");
    }

    @Test
    void anExpiredClientSecretSaysToCreateANewOne() {
        assertThat(microsoft("invalid_client", "AADSTS7000222: The provided client secret keys for app 'abc' are expired."))
                .contains("has expired").contains("pdbot.oauth.secret-expires");
    }

    @Test
    void domainWideDelegationMissingSaysWhereToGrantIt() {
        String why = TokenErrors.explain(Flow.GOOGLE_SERVICE_ACCOUNT, 401, "unauthorized_client",
                "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any"
                        + " of the scopes requested.", URI.create("https://oauth2.googleapis.com/token"));

        assertThat(why).contains("Domain-wide delegation").contains("https://mail.google.com/");
    }

    @Test
    void aResponseWithoutAnOAuthErrorSaysTheEndpointIsWrong() {
        assertThat(TokenErrors.explain(Flow.GOOGLE_REFRESH_TOKEN, 404, "", "", URI.create("https://example.test/tok")))
                .contains("HTTP 404").contains("pdbot.oauth.token-endpoint");
    }
}
