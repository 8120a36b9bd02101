package com.switchboard.platform.realtime;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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
    @Inject
    RealtimeSettings settings;

    /** This instance is alive. */
    public void beat(String instance) {
        Instant now = Instant.now();
        if (em.createNativeQuery("UPDATE rt_instance SET seen_at = ?2 WHERE instance_id = ?1")
                .setParameter(1, instance).setParameter(2, now).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO rt_instance (instance_id, seen_at) VALUES (?1, ?2)")
                    .setParameter(1, instance).setParameter(2, now).executeUpdate();
        }
    }

    /** Whether any other instance has beaten within {@link #INSTANCE_TIMEOUT_SECONDS}. */
    public boolean othersAlive(String instance) {
        return !em.createNativeQuery("SELECT 1 FROM rt_instance WHERE instance_id <> ?1 AND seen_at >= ?2")
                .setParameter(1, instance).setParameter(2, Instant.now().minusSeconds(INSTANCE_TIMEOUT_SECONDS))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Committed before the upgrade is answered: an owner is reachable as soon as its handshake returns. */
    public void connected(Owner owner, String connection, String instance) {
        connected(owner, connection, instance, null);
    }

    /** @param session what the socket was opened with (a sign-in token's hash), for {@link #open} */
    public void connected(Owner owner, String connection, String instance, String session) {
        em.createNativeQuery("INSERT INTO rt_presence (connection_id, channel, owner_key, instance_id, connected_at,"
                        + " session_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, connection).setParameter(2, owner.channel()).setParameter(3, owner.key())
                .setParameter(4, instance).setParameter(5, Instant.now()).setParameter(6, session).executeUpdate();
    }

    /** The owner's sockets open on live instances, and those of them opened with {@code session}. */
    public record Open(long owner, long session) {
    }

    public Open open(Owner owner, String session) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN p.session_key = ?3"
                        + " THEN 1 ELSE 0 END), 0) FROM rt_presence p JOIN rt_instance i ON i.instance_id = p.instance_id"
                        + " WHERE p.channel = ?1 AND p.owner_key = ?2 AND i.seen_at >= ?4")
                .setParameter(1, owner.channel()).setParameter(2, owner.key()).setParameter(3, session)
                .setParameter(4, Instant.now().minusSeconds(INSTANCE_TIMEOUT_SECONDS)).getSingleResult();
        return new Open(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
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
     * Ids of the rows of {@code table} that match {@code live} and whose {@code owner_instance} has been silent past
     * {@code switchboard.call.orphan-seconds} (or forgotten): work that instance held in memory, never to finish.
     */
    @SuppressWarnings("unchecked")
    public List<Long> orphaned(String table, String live) {
        List<Number> ids = em.createNativeQuery("SELECT t.id FROM " + table + " t WHERE " + live
                        + " AND t.owner_instance IS NOT NULL AND NOT EXISTS (SELECT 1 FROM rt_instance i"
                        + " WHERE i.instance_id = t.owner_instance AND i.seen_at >= ?1)")
                .setParameter(1, orphanedBefore()).setMaxResults(100).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** When {@code instance} is gone (as {@link #orphaned}), its last beat (now if forgotten); empty while it lives. */
    public Optional<Instant> goneSince(String instance) {
        List<?> seen = em.createNativeQuery("SELECT seen_at FROM rt_instance WHERE instance_id = ?1")
                .setParameter(1, instance).getResultList();
        Object at = seen.isEmpty() ? null : seen.get(0);
        Instant last = at instanceof Timestamp t ? t.toInstant() : at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof Instant i ? i : null;
        if (last == null) {
            return Optional.of(Instant.now());
        }
        return last.isBefore(orphanedBefore()) ? Optional.of(last) : Optional.empty();
    }

    private Instant orphanedBefore() {
        return Instant.now().minusSeconds(Math.max(settings.orphanSeconds, INSTANCE_TIMEOUT_SECONDS));
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
