package com.switchboard.platform.limit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counters every instance shares (rows of {@code rate_counter}), for two uses: sends allowed per window (SMS per
 * phone, per address, overall) and failed sign-ins that slow down and then lock a key (an account, an address).
 * A key's row is locked while it is counted, so concurrent requests cannot both take the last place.
 */
@Stateless
public class RateLimits {
    @PersistenceContext
    EntityManager em;
    @Inject
    LimitSettings settings;
    @Resource
    SessionContext context;

    /** Keys of client addresses start so; null for an exempt address (no limit applies to a null key). */
    public static final String ADDRESS = "addr:";

    /** The key of {@code address} for {@code use}, or null when the address is exempt. */
    public String addressKey(String use, String address) {
        return address == null || settings.exempt(address) ? null : ADDRESS + use + ":" + address;
    }

    /**
     * Takes one of {@code limit} places of {@code key} in the current window, in the caller's transaction (a send
     * that fails later gives its place back). {@code limit <= 0}: no limit.
     *
     * @return false when the window's places are all taken
     */
    public boolean tryTake(String key, Duration window, int limit) {
        if (limit <= 0 || key == null) {
            return true;
        }
        Instant now = Instant.now();
        RateCounter counter = locked(key, now);
        counter.roll(now, window);
        if (counter.hits() >= limit) {
            return false;
        }
        counter.hit(now);
        return true;
    }

    /** How long {@code key} must still wait before its next sign-in attempt; empty when it may try now. */
    public Optional<Duration> waitBeforeAttempt(String key) {
        RateCounter counter = key == null ? null : em.find(RateCounter.class, key);
        if (counter == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant until = null;
        if (counter.blockedUntil() != null) {
            until = counter.blockedUntil();
        } else if (delayAfter(key) > 0 && counter.hits() >= delayAfter(key) && counter.lastAt() != null) {
            int doublings = Math.min(counter.hits() - delayAfter(key), 20);
            Duration delay = Duration.ofSeconds(1L << doublings);
            until = counter.lastAt().plus(delay.compareTo(settings.lock()) > 0 ? settings.lock() : delay);
        }
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failed attempt of {@code key}; it sticks even though the failed request rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedAttempt(String key) {
        if (key == null) {
            return;
        }
        Instant now = Instant.now();
        RateCounter counter = locked(key, now);
        boolean lockRanOut = counter.blockedUntil() != null && !counter.blockedUntil().isAfter(now);
        boolean forgotten = counter.lastAt() != null && counter.lastAt().plus(settings.lock()).isBefore(now);
        if (lockRanOut || forgotten) {
            counter.reset(now);
        }
        counter.hit(now);
        int lockAfter = key.startsWith(ADDRESS) ? settings.addressLockAfter : settings.lockAfter;
        if (lockAfter > 0 && counter.hits() >= lockAfter && counter.blockedUntil() == null) {
            counter.blockUntil(now.plus(settings.lock()));
        }
    }

    private int delayAfter(String key) {
        return key.startsWith(ADDRESS) ? settings.addressDelayAfter : settings.delayAfter;
    }

    /** A successful sign-in forgets the key's failures. */
    public void succeeded(String key) {
        // usually already read by waitBeforeAttempt in this transaction: no statement at all when there is no row
        RateCounter counter = key == null ? null : em.find(RateCounter.class, key);
        if (counter != null) {
            em.remove(counter);
        }
    }

    /** Creates the key's row on its own, so that the first concurrent requests do not both insert it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String key) {
        if (em.find(RateCounter.class, key) == null) {
            em.persist(new RateCounter(key, Instant.now()));
            try {
                em.flush();
            } catch (PersistenceException raced) {
                // another request created it first: nothing to keep here (thrown, the container logs a stack each time)
                context.setRollbackOnly();
            }
        }
    }

    private RateCounter locked(String key, Instant now) {
        RateCounter counter = em.find(RateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                context.getBusinessObject(RateLimits.class).create(key);
            } catch (EJBException | PersistenceException raced) {
                // another request created it first: lock theirs
            }
            counter = em.find(RateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter;
    }
}
