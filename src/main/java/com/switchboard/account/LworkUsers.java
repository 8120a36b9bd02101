package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.context.Dependent;

/** The lwork user and device-session queries the account services share (package-private: the directory is public). */
@Dependent
public class LworkUsers {
    @PersistenceContext
    EntityManager em;

    Optional<DeviceSession> findSession(Long userId, String deviceId) {
        return firstOf(em.createQuery(
                        "select s from DeviceSession s where s.userId = :user and s.deviceId = :device",
                        DeviceSession.class)
                .setParameter("user", userId)
                .setParameter("device", deviceId)
                .getResultList());
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
