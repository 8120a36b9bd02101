package com.switchboard.heihei.user;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.platform.secret.OpaqueTokens;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    @Inject
    Event<TokenEnded> ended;

    /** What a socket opened with the token is tagged with: the token's hash, never the token. */
    public static String session(String token) {
        return OpaqueTokens.hash(token.strip());
    }

    /** Which of these sessions ({@link #session} values) still belong to a live token. */
    public Set<String> live(Collection<String> sessions) {
        Set<String> live = new HashSet<>();
        List<String> all = List.copyOf(sessions);
        Instant now = Instant.now();
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select t from HeiheiToken t where t.tokenHash in :h", HeiheiToken.class)
                    .setParameter("h", all.subList(i, Math.min(all.size(), i + 500))).getResultList().stream()
                    .filter(t -> t.live(now, settings.tokenIdle())).forEach(t -> live.add(t.tokenHash()));
        }
        return live;
    }

    /** The caller's user id. */
    public long userId(String token) {
        return find(token).orElseThrow(HeiheiFailure::badToken);
    }

    /** The user a token belongs to, if it is live; marks it used (at most every few minutes). */
    public Optional<Long> find(String token) {
        if (token == null || token.isBlank() || token.length() > OpaqueTokens.MAX_LENGTH) {
            return Optional.empty();
        }
        HeiheiToken t = em.find(HeiheiToken.class, session(token));
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

    /** A sign-in that ended: whose it was, and the push device registered with it (null for none). */
    public record Ended(long userId, String pushDevice) {
    }

    /** HH-USER-18 with this token: the push registration is the token's, ended with it. @return the caller */
    public long registeredPush(String token, String deviceId) {
        long userId = userId(token);
        em.find(HeiheiToken.class, session(token)).pushDevice(deviceId.strip());
        return userId;
    }

    /** HH-USER-05: the token ends. */
    public Ended end(String token) {
        if (token == null || token.isBlank() || token.length() > OpaqueTokens.MAX_LENGTH) {
            throw HeiheiFailure.badToken();
        }
        HeiheiToken t = em.find(HeiheiToken.class, session(token));
        if (t == null || !t.live(Instant.now(), settings.tokenIdle())) {
            throw HeiheiFailure.badToken();
        }
        em.remove(t);
        ended.fire(new TokenEnded(t.userId(), t.tokenHash()));
        return new Ended(t.userId(), t.pushDevice());
    }
}
