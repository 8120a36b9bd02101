package com.switchboard.account;

import com.switchboard.platform.secret.OpaqueTokens;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * lwork device sessions: a login opens one (with a secret {@code session} value, stored only as its hash), it ends
 * by logout, by a password change elsewhere, by an operator, or after {@code session-idle-seconds} unused.
 */
@Dependent
public class DeviceSessions {
    /** Activity is written at most this often per session, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;
    @Inject
    LworkUsers users;
    @Inject
    Event<DeviceSessionChanged> sessionChanged;
    @Inject
    Event<DeviceLoggedIn> loggedIn;

    /** Logs the device in; it becomes the account's active device. @return the new session value */
    String open(LworkUser unlocked, String deviceId, JsonObject clidata) {
        // Serialise logins of one account so exactly one device ends up active; refresh, not find: another login
        // may have changed the row since it was read, and that must wait, not fail on the version.
        LworkUser user = lock(unlocked);
        String osType = clidata.getString("os_type", null);
        Instant now = Instant.now();
        DeviceSession session = users.findAnySession(user.id(), deviceId).orElse(null);
        if (session == null) {
            session = new DeviceSession(user.id(), deviceId, osType, clidata.toString(), now);
            em.persist(session);
        } else {
            session.loggedIn(osType, clidata.toString(), now);
        }
        String value = newValue();
        session.sessionHash(hash(value));
        user.activeDevice(deviceId);
        loggedIn.fire(new DeviceLoggedIn(user.id(), deviceId, clidata));
        others(user.id(), deviceId).forEach(other -> sessionChanged.fire(
                new DeviceSessionChanged(user.id(), user.account(), other.deviceId())));
        return value;
    }

    /** The live session a presented value belongs to. */
    Optional<DeviceSession> byValue(String value) {
        if (value == null || value.length() > 128) {
            return Optional.empty();
        }
        List<DeviceSession> found = em.createQuery("select s from DeviceSession s where s.sessionHash = :h",
                DeviceSession.class).setParameter("h", hash(value)).getResultList();
        return users.live(found.isEmpty() ? null : found.get(0));
    }

    /** Ends every session of the user but {@code keptDevice}'s (null: all); their polls answer {@code unlogined}. */
    int endAllBut(LworkUser unlocked, String keptDevice) {
        LworkUser user = lock(unlocked);
        List<DeviceSession> ended = keptDevice == null ? users.allSessions(user.id()) : others(user.id(), keptDevice);
        for (DeviceSession s : ended) {
            em.remove(s);
            if (s.deviceId().equals(user.activeDeviceId())) {
                user.activeDevice(null);
            }
            sessionChanged.fire(new DeviceSessionChanged(user.id(), user.account(), s.deviceId()));
        }
        return ended.size();
    }

    private LworkUser lock(LworkUser user) {
        em.flush(); // a refresh would drop this transaction's own changes (a new password) otherwise
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        return user;
    }

    private List<DeviceSession> others(Long userId, String deviceId) {
        return em.createQuery("select s from DeviceSession s where s.userId = :user and s.deviceId <> :device",
                        DeviceSession.class)
                .setParameter("user", userId)
                .setParameter("device", deviceId)
                .getResultList();
    }

    private static String newValue() {
        return OpaqueTokens.newValue();
    }

    static String hash(String value) {
        return OpaqueTokens.hash(value);
    }
}
