package org.pdbot.mail.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google Workspace with a service account and domain-wide delegation: the service account signs a JWT that
 * names the mailbox ({@code sub}), and Google answers with a token for that mailbox.
 */
final class GoogleServiceAccount implements TokenProvider {

    static final String SCOPE = "https://mail.google.com/";

    private final ServiceAccountKey key;
    private final String mailbox;
    private final String scope;
    private final TokenEndpoint endpoint;
    private final Clock clock;

    GoogleServiceAccount(ServiceAccountKey key, String mailbox, String scope, TokenEndpoint endpoint, Clock clock) {
        this.key = key;
        this.mailbox = mailbox;
        this.scope = scope;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public AccessToken fetch() throws TokenException {
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        if (!key.privateKeyId().isEmpty()) {
            header.put("kid", key.privateKeyId());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("sub", mailbox);
        claims.put("scope", scope);
        claims.put("aud", endpoint.uri().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        form.put("assertion", Jwt.rs256(header, claims, key.privateKey()));
        return endpoint.post(form);
    }

    @Override
    public String describe() {
        return "Google (service account " + key.clientEmail() + " acting for " + mailbox + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
