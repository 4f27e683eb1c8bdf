package org.pdbot.mail.oauth;

import java.time.Instant;

/** A bearer token and when it stops working. Prints without the token. */
public record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[****, expires " + expiresAt + "]";
    }
}
