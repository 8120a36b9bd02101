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
