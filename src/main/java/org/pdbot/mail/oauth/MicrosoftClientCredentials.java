package org.pdbot.mail.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Microsoft 365: the client-credentials flow of an Entra application, with a client secret or a certificate
 * (a signed client assertion). The application needs the Exchange Online application permissions
 * IMAP.AccessAsApp and SMTP.SendAsApp, and access to the mailbox in Exchange.
 */
final class MicrosoftClientCredentials implements TokenProvider {

    static final String DEFAULT_SCOPE = "https://outlook.office365.com/.default";
    static final String DEFAULT_ENDPOINT = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    private final String tenant;
    private final String clientId;
    private final Secret clientSecret;
    private final SigningKey certificate;
    private final String scope;
    private final TokenEndpoint endpoint;
    private final Clock clock;

    /** Exactly one of {@code clientSecret} and {@code certificate} is given. */
    MicrosoftClientCredentials(String tenant, String clientId, Secret clientSecret, SigningKey certificate,
            String scope, TokenEndpoint endpoint, Clock clock) {
        if ((clientSecret == null) == (certificate == null)) {
            throw new IllegalArgumentException("either a client secret or a certificate");
        }
        if (certificate != null && certificate.certificate().isEmpty()) {
            throw new IllegalStateException("pdbot.oauth.certificate must hold the certificate as well as the private key:"
                    + " Microsoft identifies it by its thumbprint");
        }
        this.tenant = tenant;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.certificate = certificate;
        this.scope = scope;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public AccessToken fetch() throws TokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("scope", scope);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret.reveal());
        } else {
            form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            form.put("client_assertion", assertion());
        }
        return endpoint.post(form);
    }

    private String assertion() throws TokenException {
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("x5t", certificate.thumbprint());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", endpoint.uri().toString());
        claims.put("iss", clientId);
        claims.put("sub", clientId);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("nbf", now.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(600).getEpochSecond());
        return Jwt.rs256(header, claims, certificate.privateKey());
    }

    @Override
    public String describe() {
        return "Microsoft 365 (tenant " + tenant + ", client id " + clientId + ", "
                + (clientSecret != null ? "client secret" : "certificate") + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
