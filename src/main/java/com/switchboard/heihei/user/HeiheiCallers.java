package com.switchboard.heihei.user;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.platform.secret.OpaqueTokens;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * The heihei caller: the user a {@code token} belongs to (heihei.md §0.2). Every heihei endpoint that takes a token
 * resolves it here once; a missing, unknown, signed-out or idle token is 720.
 */
@Stateless
public class HeiheiCallers {
    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiSettings settings;

    /** The caller's user id. */
    public long userId(String token) {
        return find(token).orElseThrow(HeiheiFailure::badToken);
    }

    /** The user a token belongs to, if it is live; marks it used (at most every few minutes). */
    public Optional<Long> find(String token) {
        if (token == null || token.isBlank() || token.length() > OpaqueTokens.MAX_LENGTH) {
            return Optional.empty();
        }
        HeiheiToken t = em.find(HeiheiToken.class, OpaqueTokens.hash(token.strip()));
        Instant now = Instant.now();
        if (t == null || !t.live(now, settings.tokenIdle())) {
            return Optional.empty();
        }
        t.seen(now);
        return Optional.of(t.userId());
    }

    /** A new token for the user. @return its value, handed to the client once */
    public String issue(Long userId) {
        String value = OpaqueTokens.newValue();
        em.persist(new HeiheiToken(OpaqueTokens.hash(value), userId, Instant.now()));
        return value;
    }

    /** HH-USER-05: the token ends. @return the user it belonged to */
    public long end(String token) {
        if (token == null || token.isBlank() || token.length() > OpaqueTokens.MAX_LENGTH) {
            throw HeiheiFailure.badToken();
        }
        HeiheiToken t = em.find(HeiheiToken.class, OpaqueTokens.hash(token.strip()));
        if (t == null || !t.live(Instant.now(), settings.tokenIdle())) {
            throw HeiheiFailure.badToken();
        }
        em.remove(t);
        return t.userId();
    }
}
