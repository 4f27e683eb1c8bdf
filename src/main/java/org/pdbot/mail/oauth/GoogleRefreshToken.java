package org.pdbot.mail.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google Workspace or Gmail, one user's mailbox: a refresh token granted once for the scope
 * https://mail.google.com/ is exchanged for access tokens.
 */
final class GoogleRefreshToken implements TokenProvider {

    static final String DEFAULT_ENDPOINT = "https://oauth2.googleapis.com/token";

    private final String clientId;
    private final Secret clientSecret;
    private final Secret refreshToken;
    private final TokenEndpoint endpoint;

    GoogleRefreshToken(String clientId, Secret clientSecret, Secret refreshToken, TokenEndpoint endpoint) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.endpoint = endpoint;
    }

    @Override
    public AccessToken fetch() throws TokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret.reveal());
        form.put("refresh_token", refreshToken.reveal());
        return endpoint.post(form);
    }

    @Override
    public String describe() {
        return "Google (refresh token, client id " + clientId + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
