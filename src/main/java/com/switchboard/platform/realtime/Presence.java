package com.switchboard.platform.realtime;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Presence rows of the realtime channels: which instance holds which socket, and every instance's heartbeat. A
 * socket counts as open while its instance beats; an instance silent for {@link #INSTANCE_TIMEOUT_SECONDS} is gone.
 * Channels with one socket per owner and state of their own (signaling) keep their own presence table and use the
 * heartbeat ({@code rt_instance}) from here.
 */
@Stateless
public class Presence {
    public static final long INSTANCE_TIMEOUT_SECONDS = 30;

    @PersistenceContext
    EntityManager em;

    /** This instance is alive. */
    public void beat(String instance) {
        Instant now = Instant.now();
        if (em.createNativeQuery("UPDATE rt_instance SET seen_at = ?2 WHERE instance_id = ?1")
                .setParameter(1, instance).setParameter(2, now).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO rt_instance (instance_id, seen_at) VALUES (?1, ?2)")
                    .setParameter(1, instance).setParameter(2, now).executeUpdate();
        }
    }

    /** Committed before the upgrade is answered: an owner is reachable as soon as its handshake returns. */
    public void connected(Owner owner, String connection, String instance) {
        em.createNativeQuery("INSERT INTO rt_presence (connection_id, channel, owner_key, instance_id, connected_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, connection).setParameter(2, owner.channel()).setParameter(3, owner.key())
                .setParameter(4, instance).setParameter(5, Instant.now()).executeUpdate();
    }

    public void disconnected(String connection) {
        em.createNativeQuery("DELETE FROM rt_presence WHERE connection_id = ?1").setParameter(1, connection)
                .executeUpdate();
    }

    /** Whether the owner has an open socket on a live instance. */
    public boolean online(Owner owner) {
        return !em.createNativeQuery("SELECT 1 FROM rt_presence p JOIN rt_instance i ON i.instance_id = p.instance_id"
                        + " WHERE p.channel = ?1 AND p.owner_key = ?2 AND i.seen_at >= ?3")
                .setParameter(1, owner.channel()).setParameter(2, owner.key())
                .setParameter(3, Instant.now().minusSeconds(INSTANCE_TIMEOUT_SECONDS))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * SQL condition: the instance named in {@code column} has not beaten since {@code ?1} (bind
     * {@link #silentSince}), or has been forgotten. Work an instance held in memory (call legs) is orphaned then.
     */
    public static String silent(String column) {
        return "NOT EXISTS (SELECT 1 FROM rt_instance i WHERE i.instance_id = " + column + " AND i.seen_at >= ?1)";
    }

    /** The instant before which an instance silent for {@code seconds} (never less than the timeout) is gone. */
    public static Instant silentSince(long seconds) {
        return Instant.now().minusSeconds(Math.max(seconds, INSTANCE_TIMEOUT_SECONDS));
    }

    /** The instance's last beat; now when it has been forgotten. */
    public Instant lastSeen(String instance) {
        java.util.List<?> seen = em.createNativeQuery("SELECT seen_at FROM rt_instance WHERE instance_id = ?1")
                .setParameter(1, instance).getResultList();
        Object at = seen.isEmpty() ? null : seen.get(0);
        if (at instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (at instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return at instanceof Instant i ? i : Instant.now();
    }

    /** Rows of instances that stopped beating go, and so do instances silent for an hour. */
    public void forgetSilentInstances() {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM rt_presence WHERE instance_id IN"
                        + " (SELECT instance_id FROM rt_instance WHERE seen_at < ?1)")
                .setParameter(1, now.minusSeconds(INSTANCE_TIMEOUT_SECONDS)).executeUpdate();
        em.createNativeQuery("DELETE FROM rt_instance WHERE seen_at < ?1")
                .setParameter(1, now.minusSeconds(3600)).executeUpdate();
    }
}
