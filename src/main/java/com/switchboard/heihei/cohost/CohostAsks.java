package com.switchboard.heihei.cohost;

import com.switchboard.platform.db.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Open co-hosting requests (a viewer asked) and invitations (the anchor asked), each answered in time or gone. */
@Dependent
public class CohostAsks {
    static final String REQUEST = "request";
    static final String INVITE = "invite";

    @PersistenceContext
    EntityManager em;

    /** Asks again (a fresh deadline). */
    void put(long liveId, long userId, String kind, Instant expiresAt) {
        remove(liveId, userId, kind);
        em.createNativeQuery("INSERT INTO hh_cohost_ask (live_id, user_id, kind, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, liveId).setParameter(2, userId).setParameter(3, kind).setParameter(4, expiresAt)
                .executeUpdate();
    }

    /** The deadline of an unexpired ask. */
    Optional<Instant> pending(long liveId, long userId, String kind, Instant now) {
        List<?> found = em.createNativeQuery("SELECT expires_at FROM hh_cohost_ask WHERE live_id = ?1 "
                        + "AND user_id = ?2 AND kind = ?3").setParameter(1, liveId).setParameter(2, userId)
                .setParameter(3, kind).getResultList();
        return found.stream().findFirst().map(SqlValues::instant).filter(at -> at.isAfter(now));
    }

    /** @return whether there was one */
    boolean remove(long liveId, long userId, String kind) {
        return em.createNativeQuery("DELETE FROM hh_cohost_ask WHERE live_id = ?1 AND user_id = ?2 AND kind = ?3")
                .setParameter(1, liveId).setParameter(2, userId).setParameter(3, kind).executeUpdate() > 0;
    }

    void removeAll(long liveId, long userId) {
        em.createNativeQuery("DELETE FROM hh_cohost_ask WHERE live_id = ?1 AND user_id = ?2")
                .setParameter(1, liveId).setParameter(2, userId).executeUpdate();
    }

    int expire(Instant now) {
        return em.createNativeQuery("DELETE FROM hh_cohost_ask WHERE expires_at < ?1").setParameter(1, now)
                .executeUpdate();
    }
}
