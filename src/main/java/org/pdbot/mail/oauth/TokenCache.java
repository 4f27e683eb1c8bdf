package org.pdbot.mail.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the current token and fetches a new one shortly before it expires: {@link #MARGIN} before, or half
 * way through the lifetime of a token that lives less than twice that.
 */
final class TokenCache {

    static final Duration MARGIN = Duration.ofMinutes(5);

    private final TokenProvider provider;
    private final Clock clock;
    private AccessToken token;
    private Instant renewAt = Instant.MIN;

    TokenCache(TokenProvider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    synchronized AccessToken current() throws TokenException {
        return token != null && clock.instant().isBefore(renewAt) ? token : renew();
    }

    /** A new token whatever the cached one's expiry, e.g. after the server refused it. */
    synchronized AccessToken renew() throws TokenException {
        token = null;
        Instant now = clock.instant();
        AccessToken fresh = provider.fetch();
        Duration lifetime = Duration.between(now, fresh.expiresAt());
        Duration margin = lifetime.compareTo(MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : MARGIN;
        token = fresh;
        renewAt = fresh.expiresAt().minus(margin);
        return fresh;
    }
}
