package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/** The lwork user and device-session queries the account services share (package-private: the directory is public). */
@Dependent
public class LworkUsers {
    @PersistenceContext
    EntityManager em;
    @Inject
    AccountSettings settings;

    /** The device's session if it has not ended (an idle one has); counts as the session's activity. */
    Optional<DeviceSession> findSession(Long userId, String deviceId) {
        return findAnySession(userId, deviceId).flatMap(s -> live(s));
    }

    /** The device's session row, ended by idleness or not. */
    Optional<DeviceSession> findAnySession(Long userId, String deviceId) {
        if (deviceId == null) {
            return Optional.empty();
        }
        return firstOf(em.createQuery(
                        "select s from DeviceSession s where s.userId = :user and s.deviceId = :device",
                        DeviceSession.class)
                .setParameter("user", userId)
                .setParameter("device", deviceId)
                .getResultList());
    }

    /** The session unless it has been idle too long; a live one is marked seen. */
    Optional<DeviceSession> live(DeviceSession session) {
        Instant now = Instant.now();
        if (session == null || session.expired(now, settings.sessionIdle())) {
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    List<DeviceSession> allSessions(Long userId) {
        return em.createQuery("select s from DeviceSession s where s.userId = :user", DeviceSession.class)
                .setParameter("user", userId).getResultList();
    }

    /**
     * Claims {@code identifier} (an account or a user name) in the group for the user: an account and another
     * user's name that collide fail here even when registered at the same instant.
     */
    void claim(String groupId, String identifier, Long userId) {
        em.flush();
        try {
            em.createNativeQuery("INSERT INTO lwork_identifier (group_id, identifier, user_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, groupId).setParameter(2, identifier).setParameter(3, userId).executeUpdate();
        } catch (PersistenceException e) {
            throw new LworkFailure("username_already_existed");
        }
    }

    /** Gives up a name the user no longer has (VOIP-04 renames). */
    void release(String groupId, String identifier, Long userId) {
        em.createNativeQuery("DELETE FROM lwork_identifier WHERE group_id = ?1 AND identifier = ?2 AND user_id = ?3")
                .setParameter(1, groupId).setParameter(2, identifier).setParameter(3, userId).executeUpdate();
    }

    Optional<LworkUser> findByAccount(String groupId, String account) {
        return firstOf(em.createQuery(
                        "select u from LworkUser u where u.groupId = :group and u.account = :acc", LworkUser.class)
                .setParameter("group", groupId)
                .setParameter("acc", account)
                .getResultList());
    }

    Optional<LworkUser> findByAccountOrName(String groupId, String acc) {
        return findByAccount(groupId, acc).or(() -> firstOf(em.createQuery(
                        "select u from LworkUser u where u.groupId = :group and u.name = :name", LworkUser.class)
                .setParameter("group", groupId)
                .setParameter("name", acc)
                .getResultList()));
    }

    LworkUser user(String uuid) {
        return Optional.ofNullable(parseUuid(uuid)).map(id -> em.find(LworkUser.class, id))
                .orElseThrow(() -> new LworkFailure("account_not_exist"));
    }

    LworkUser lockedUser(String uuid) {
        return Optional.ofNullable(parseUuid(uuid))
                .map(id -> em.find(LworkUser.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new LworkFailure("account_not_exist"));
    }

    LworkUser lockedByAccount(String groupId, String account) {
        LworkUser user = findByAccount(groupId, account).orElseThrow(() -> new LworkFailure("account_not_exist"));
        return em.find(LworkUser.class, user.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    Party party(LworkUser u) {
        String os = u.activeDeviceId() == null ? null
                : findSession(u.id(), u.activeDeviceId()).map(DeviceSession::osType).orElse(null);
        return Party.of(u, os);
    }

    static Long parseUuid(String uuid) {
        try {
            return uuid == null ? null : Long.valueOf(uuid.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <T> Optional<T> firstOf(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** A concurrent registration of the same name loses on the unique constraint, not with a server error. */
    void flushUnique() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new LworkFailure("username_already_existed");
        }
    }
}
