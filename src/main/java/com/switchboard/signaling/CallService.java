package com.switchboard.signaling;

import com.switchboard.signaling.SignalingCall.State;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The call flow of signaling.md §2.2–2.3 with its state in the database (sig_call, sig_presence), so that a caller
 * and a callee on different instances see one truth. Every transition is a conditional update: of two instances
 * racing, one wins and only the winner's messages are sent. Methods return the {@link Effect}s to carry out after
 * commit.
 */
@Stateless
public class CallService {
    @PersistenceContext
    EntityManager em;
    @Resource
    SessionContext ejb;
    @Inject
    SignalingSettings settings;
    @Inject
    DirectoryService directory;

    /** An instance that has not beaten for this long is gone; its sockets count as closed. */
    static final long INSTANCE_TIMEOUT_SECONDS = com.switchboard.platform.realtime.Presence.INSTANCE_TIMEOUT_SECONDS;

    /** SIG-03: a device's socket opened on {@code instance}; an older socket of the same device is replaced. */
    public List<Effect> connected(Device device, String instance, String connection) {
        Instant now = Instant.now();
        List<Effect> effects = new ArrayList<>();
        List<?> old = em.createNativeQuery("SELECT connection_id, disconnected_at FROM sig_presence"
                        + " WHERE phone = ?1 AND device_id = ?2 FOR UPDATE")
                .setParameter(1, device.phone()).setParameter(2, device.deviceId()).getResultList();
        if (old.isEmpty()) {
            em.createNativeQuery("INSERT INTO sig_presence (phone, device_id, instance_id, connection_id, connected_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, device.phone()).setParameter(2, device.deviceId()).setParameter(3, instance)
                    .setParameter(4, connection).setParameter(5, now).executeUpdate();
        } else {
            Object[] row = (Object[]) old.get(0);
            if (row[1] == null) {
                effects.add(new Effect.Replace(device, (String) row[0]));
            }
            // A reconnect within the grace period keeps the device's call.
            em.createNativeQuery("UPDATE sig_presence SET instance_id = ?3, connection_id = ?4, connected_at = ?5,"
                            + " disconnected_at = NULL WHERE phone = ?1 AND device_id = ?2")
                    .setParameter(1, device.phone()).setParameter(2, device.deviceId()).setParameter(3, instance)
                    .setParameter(4, connection).setParameter(5, now).executeUpdate();
        }
        return effects;
    }

    /** The socket closed. A device in a call keeps its place for the grace period; an idle one is offline at once. */
    public void disconnected(Device device, String connection) {
        em.createNativeQuery("DELETE FROM sig_presence WHERE phone = ?1 AND device_id = ?2 AND connection_id = ?3"
                        + " AND call_id IS NULL")
                .setParameter(1, device.phone()).setParameter(2, device.deviceId()).setParameter(3, connection)
                .executeUpdate();
        em.createNativeQuery("UPDATE sig_presence SET disconnected_at = ?4 WHERE phone = ?1 AND device_id = ?2"
                        + " AND connection_id = ?3 AND disconnected_at IS NULL")
                .setParameter(1, device.phone()).setParameter(2, device.deviceId()).setParameter(3, connection)
                .setParameter(4, Instant.now()).executeUpdate();
    }

    /** A connection admitted before its upgrade whose socket never opened. */
    public void disconnected(String connection) {
        for (Object r : em.createNativeQuery("SELECT phone, device_id FROM sig_presence WHERE connection_id = ?1")
                .setParameter(1, connection).getResultList()) {
            Object[] row = (Object[]) r;
            disconnected(new Device((String) row[0], (String) row[1]), connection);
        }
    }

    /** SIG-04 {@code call}: B must be connected and idle (and A idle); then B gets {@code called}. */
    public List<Effect> call(Device caller, String connection, Device callee) {
        if (caller.equals(callee)) {
            return List.of(Frames.callFailed(caller, callee, "busy"));
        }
        if (settings.contactsOnly && !directory.isContact(caller.phone(), callee)) {
            return List.of(Frames.callFailed(caller, callee, "not_contact"));
        }
        if (!online(callee)) {
            return List.of(Frames.callFailed(caller, callee, "offline"));
        }
        Instant now = Instant.now();
        SignalingCall call = new SignalingCall(UUID.randomUUID().toString(), caller, callee, now,
                now.plusSeconds(settings.ringSeconds));
        em.persist(call);
        em.flush();
        boolean claimed = claim(caller, call.id(), connection) && claim(callee, call.id(), null);
        if (!claimed) {
            ejb.setRollbackOnly(); // nothing of this attempt stays
            return List.of(Frames.callFailed(caller, callee, "busy"));
        }
        return List.of(Frames.called(callee, caller, call.roomId()));
    }

    /** SIG-09 / SIG-10: the callee answers; ignored unless it is the callee of that ringing room and names the caller. */
    public List<Effect> answer(Device callee, String roomId, Device caller, boolean accept) {
        Optional<SignalingCall> found = byRoom(roomId)
                .filter(c -> c.callee().equals(callee) && c.caller().equals(caller) && c.state() == State.RINGING);
        if (found.isEmpty()) {
            return List.of();
        }
        SignalingCall call = found.get();
        if (accept) {
            int moved = em.createQuery("UPDATE SignalingCall c SET c.state = :to, c.answeredAt = :now"
                            + " WHERE c.id = :id AND c.state = :from")
                    .setParameter("to", State.IN_CALL).setParameter("now", Instant.now())
                    .setParameter("id", call.id()).setParameter("from", State.RINGING).executeUpdate();
            return moved == 1 ? List.of(Frames.callSuccess(caller, callee, roomId)) : List.of();
        }
        return end(call, State.RINGING, "refused") ? List.of(Frames.callRefuse(caller, callee), roomEnded(call))
                : List.of();
    }

    /**
     * SIG-11 {@code calling_hangup}: in a call, the other member gets {@code calling_be_hangup}. While ringing, the
     * caller cancels (room_id may be empty: the pending call is found by caller and callee), and a callee's hang-up
     * is a refusal.
     */
    public List<Effect> hangup(Device sender, Device notified, String roomId) {
        Optional<SignalingCall> found = roomId == null || roomId.isEmpty()
                ? ringingBetween(sender, notified)
                : byRoom(roomId).filter(c -> c.hasMember(sender) && c.other(sender).equals(notified)
                && !c.caller().equals(c.callee()));
        if (found.isEmpty() || found.get().state() == State.ENDED) {
            return List.of();
        }
        SignalingCall call = found.get();
        if (call.state() == State.RINGING && call.callee().equals(sender)) {
            return end(call, State.RINGING, "refused")
                    ? List.of(Frames.callRefuse(call.caller(), sender), roomEnded(call)) : List.of();
        }
        String reason = call.state() == State.RINGING ? "cancelled" : "hangup";
        return end(call, call.state(), reason)
                ? List.of(Frames.beHangup(notified, sender, call.roomId()), roomEnded(call)) : List.of();
    }

    /**
     * Runs on every instance about once a second, after its heartbeat: takes the sockets of silent instances
     * as closed, ends calls that rang too long, and ends calls of parties whose socket stayed closed past the grace.
     */
    public List<Effect> sweep(String instance) {
        Instant now = Instant.now();
        List<Effect> effects = new ArrayList<>();
        em.createNativeQuery("UPDATE sig_presence SET disconnected_at = ?1 WHERE disconnected_at IS NULL"
                        + " AND instance_id IN (SELECT instance_id FROM rt_instance WHERE seen_at < ?2)")
                .setParameter(1, now).setParameter(2, now.minusSeconds(INSTANCE_TIMEOUT_SECONDS)).executeUpdate();

        for (SignalingCall call : em.createQuery("SELECT c FROM SignalingCall c WHERE c.state = :s"
                        + " AND c.ringDeadline < :now", SignalingCall.class)
                .setParameter("s", State.RINGING).setParameter("now", now).setMaxResults(500).getResultList()) {
            if (end(call, State.RINGING, "timeout")) {
                effects.add(Frames.callFailed(call.caller(), call.callee(), "timeout"));
                effects.add(Frames.beHangup(call.callee(), call.caller(), call.roomId()));
                effects.add(roomEnded(call));
            }
        }

        Instant graceEnd = now.minusSeconds(settings.graceSeconds);
        for (Object r : em.createNativeQuery("SELECT phone, device_id, call_id FROM sig_presence"
                        + " WHERE disconnected_at < ?1 AND call_id IS NOT NULL")
                .setParameter(1, graceEnd).setMaxResults(500).getResultList()) {
            Object[] row = (Object[]) r;
            Device gone = new Device((String) row[0], (String) row[1]);
            SignalingCall call = em.find(SignalingCall.class, ((Number) row[2]).longValue());
            if (call != null && call.state() != State.ENDED && end(call, call.state(), "disconnected")) {
                effects.addAll(leftBy(call, gone));
                effects.add(roomEnded(call));
            }
        }
        em.createNativeQuery("DELETE FROM sig_presence WHERE disconnected_at < ?1 AND call_id IS NULL")
                .setParameter(1, graceEnd).executeUpdate();
        // Room places held by silent instances are free again.
        em.createNativeQuery("DELETE FROM sig_room_peer WHERE instance_id IN"
                        + " (SELECT instance_id FROM rt_instance WHERE seen_at < ?1)")
                .setParameter(1, now.minusSeconds(INSTANCE_TIMEOUT_SECONDS)).executeUpdate();
        return effects;
    }

    /** Whether the room belongs to a call that has not ended (SIG-13: the room lives as long as its call). */
    public boolean roomOpen(String roomId) {
        return byRoom(roomId).filter(c -> c.state() != State.ENDED).isPresent();
    }

    /**
     * Takes one of the room's two places for a connection. @return how many peers the room holds with this one (1 or
     * 2), or 0 if it is full or its call ended. The call's row is locked first, so of two peers joining at once one
     * is first and one second.
     */
    public int joinRoom(String roomId, String connection, String instance) {
        Optional<SignalingCall> call = em.createQuery("SELECT c FROM SignalingCall c WHERE c.roomId = :r",
                        SignalingCall.class).setParameter("r", roomId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (call.isEmpty() || call.get().state() == State.ENDED) {
            return 0;
        }
        long peers = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sig_room_peer WHERE room_id = ?1")
                .setParameter(1, roomId).getSingleResult()).longValue();
        if (peers >= 2) {
            return 0;
        }
        em.createNativeQuery("INSERT INTO sig_room_peer (connection_id, room_id, instance_id, joined_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, connection).setParameter(2, roomId).setParameter(3, instance)
                .setParameter(4, Instant.now()).executeUpdate();
        return (int) peers + 1;
    }

    public void leaveRoom(String connection) {
        em.createNativeQuery("DELETE FROM sig_room_peer WHERE connection_id = ?1").setParameter(1, connection)
                .executeUpdate();
    }

    /** What the other member is told when {@code gone} never came back. */
    private static List<Effect> leftBy(SignalingCall call, Device gone) {
        if (call.state() == State.RINGING && call.callee().equals(gone)) {
            return List.of(Frames.callFailed(call.caller(), gone, "offline"));
        }
        return List.of(Frames.beHangup(call.other(gone), gone, call.roomId()));
    }

    private boolean end(SignalingCall call, State from, String reason) {
        int moved = em.createQuery("UPDATE SignalingCall c SET c.state = :to, c.endedAt = :now, c.endReason = :why"
                        + " WHERE c.id = :id AND c.state = :from")
                .setParameter("to", State.ENDED).setParameter("now", Instant.now()).setParameter("why", reason)
                .setParameter("id", call.id()).setParameter("from", from).executeUpdate();
        if (moved == 1) {
            em.createNativeQuery("UPDATE sig_presence SET call_id = NULL WHERE call_id = ?1")
                    .setParameter(1, call.id()).executeUpdate();
            em.createNativeQuery("DELETE FROM sig_room_peer WHERE room_id = ?1").setParameter(1, call.roomId())
                    .executeUpdate();
        }
        return moved == 1;
    }

    /** Marks the device busy with the call, if it is connected (through that connection, when given) and idle. */
    private boolean claim(Device device, long callId, String connection) {
        var update = em.createNativeQuery("UPDATE sig_presence SET call_id = ?3 WHERE phone = ?1 AND device_id = ?2"
                        + " AND call_id IS NULL AND disconnected_at IS NULL"
                        + (connection == null ? "" : " AND connection_id = ?4"))
                .setParameter(1, device.phone()).setParameter(2, device.deviceId()).setParameter(3, callId);
        if (connection != null) {
            update.setParameter(4, connection);
        }
        return update.executeUpdate() == 1;
    }

    private boolean online(Device device) {
        return !em.createNativeQuery("SELECT 1 FROM sig_presence WHERE phone = ?1 AND device_id = ?2"
                        + " AND disconnected_at IS NULL")
                .setParameter(1, device.phone()).setParameter(2, device.deviceId()).getResultList().isEmpty();
    }

    private Optional<SignalingCall> byRoom(String roomId) {
        return em.createQuery("SELECT c FROM SignalingCall c WHERE c.roomId = :r", SignalingCall.class)
                .setParameter("r", roomId).getResultStream().findFirst();
    }

    private Optional<SignalingCall> ringingBetween(Device caller, Device callee) {
        return em.createQuery("SELECT c FROM SignalingCall c WHERE c.state = :s AND c.callerPhone = :cp"
                        + " AND c.callerDeviceId = :cd AND c.calleePhone = :ep AND c.calleeDeviceId = :ed",
                        SignalingCall.class)
                .setParameter("s", State.RINGING).setParameter("cp", caller.phone())
                .setParameter("cd", caller.deviceId()).setParameter("ep", callee.phone())
                .setParameter("ed", callee.deviceId()).getResultStream().findFirst();
    }

    private static Effect roomEnded(SignalingCall call) {
        return new Effect.RoomEnded(call.roomId());
    }
}
