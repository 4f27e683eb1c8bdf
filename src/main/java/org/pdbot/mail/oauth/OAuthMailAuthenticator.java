package org.pdbot.mail.oauth;

import jakarta.mail.PasswordAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.component.mail.MailAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the mailbox's current access token to the mail library as the password (Angus sends it with
 * XOAUTH2). Two callers, told apart by the monitor JavaMail holds:
 * <ul>
 * <li>Camel, before every connect: the cached token, fetched anew shortly before expiry. If none can be had,
 *     an empty one, so the connect fails and JavaMail asks again (below) - Camel also calls this while it
 *     builds an endpoint, and a token outage must not stop pdbot from starting.</li>
 * <li>JavaMail, after the server refused the token ({@code Service.connect} then asks the session's
 *     authenticator once, through the synchronized {@code requestPasswordAuthentication}): a new token,
 *     whatever the cached one's expiry; if none can be had, a {@link TokenUnavailableException} that says why.</li>
 * </ul>
 * Tokens and secrets are never logged.
 */
public final class OAuthMailAuthenticator extends MailAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(OAuthMailAuthenticator.class);

    private final String mailbox;
    private final TokenProvider provider;
    private final TokenCache cache;
    private final Clock clock;
    private final LocalDate credentialExpires;
    private final AtomicLong failures = new AtomicLong();
    private volatile String lastFailure;
    private volatile Instant lastToken;

    OAuthMailAuthenticator(String mailbox, TokenProvider provider, Clock clock, LocalDate credentialExpires) {
        this.mailbox = mailbox;
        this.provider = provider;
        this.cache = new TokenCache(provider, clock);
        this.clock = clock;
        this.credentialExpires = credentialExpires;
    }

    @Override
    public PasswordAuthentication getPasswordAuthentication() {
        boolean refused = Thread.holdsLock(this);
        try {
            return new PasswordAuthentication(mailbox, track(refused).value());
        } catch (TokenException e) {
            if (refused) {
                throw new TokenUnavailableException(e);
            }
            return new PasswordAuthentication(mailbox, "");
        }
    }

    /** A token now (cached when still good), for {@code pdbot doctor}. */
    public AccessToken token() throws TokenException {
        return track(false);
    }

    /** The mailbox the tokens are for (the IMAP and SMTP user). */
    public String mailbox() {
        return mailbox;
    }

    /** The identity provider and application, without secrets. */
    public String describe() {
        return provider.describe();
    }

    /** How many times getting a token failed since start. */
    public long tokenFailures() {
        return failures.get();
    }

    /** Why the last attempt to get a token failed, if the last attempt failed. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** When a token was last obtained. */
    public Optional<Instant> lastTokenAt() {
        return Optional.ofNullable(lastToken);
    }

    /** When the client secret or certificate expires, when known (pdbot.oauth.secret-expires or the certificate). */
    public Optional<LocalDate> credentialExpires() {
        return Optional.ofNullable(credentialExpires);
    }

    private AccessToken track(boolean renew) throws TokenException {
        try {
            AccessToken token = renew ? cache.renew() : cache.current();
            if (lastFailure != null) {
                log.info("OAuth: token for {} obtained again from {}", mailbox, provider.describe());
            }
            lastFailure = null;
            lastToken = clock.instant();
            return token;
        } catch (TokenException e) {
            failures.incrementAndGet();
            lastFailure = e.getMessage();
            log.warn("OAuth: no token for {}: {}", mailbox, e.getMessage());
            throw e;
        }
    }

    @Override
    public String toString() {
        return "OAuthMailAuthenticator[" + mailbox + ", " + provider.describe() + "]";
    }
}
