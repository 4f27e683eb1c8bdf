package org.pdbot.mail.oauth;

/** One way of getting an access token for the mailbox from an identity provider. */
interface TokenProvider {

    /** Asks the identity provider for a new token (no caching). */
    AccessToken fetch() throws TokenException;

    /** What this provider is, for messages: e.g. "Microsoft 365 (tenant contoso.onmicrosoft.com, client id ...)". */
    String describe();
}
