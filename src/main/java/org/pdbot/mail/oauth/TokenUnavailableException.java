package org.pdbot.mail.oauth;

/**
 * Thrown out of a mail connect when the server refused the token and no new one could be had. Unchecked
 * because it passes through {@code jakarta.mail.Authenticator}, which cannot throw anything else.
 */
public final class TokenUnavailableException extends RuntimeException {

    public TokenUnavailableException(TokenException cause) {
        super(cause.getMessage(), cause);
    }
}
