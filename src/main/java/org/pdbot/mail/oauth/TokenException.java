package org.pdbot.mail.oauth;

/** No token could be had; the message says why in words an administrator can act on. */
public final class TokenException extends Exception {

    public TokenException(String message) {
        super(message);
    }

    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
