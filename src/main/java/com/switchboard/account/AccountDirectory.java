package com.switchboard.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The lwork users as other features see them (calls, push, notify, billing): lookups by uuid, account or phone, the
 * p2p callee search, and whether a device holds a login. Read only, except that a poll records the device's last
 * poll (VOIP-12's online state).
 */
@Stateless
public class AccountDirectory {
    @Inject
    LworkUsers users;
    @Inject
    DeviceSessions sessions;
    @PersistenceContext
    EntityManager em;

    /** The user of a uuid, for calls and push; empty for an unknown or malformed uuid. */
    public Optional<Party> party(String uuid) {
        return Optional.ofNullable(users.parseUuid(uuid)).map(id -> em.find(LworkUser.class, id)).map(users::party);
    }

    public Optional<Party> party(Long id) {
        return Optional.ofNullable(id).map(i -> em.find(LworkUser.class, i)).map(users::party);
    }

    /** A user by account, in any group (VOIP-34 names only the account; the oldest wins on a clash). */
    public Optional<Party> partyByAccount(String account) {
        return users.firstOf(em.createQuery("select u from LworkUser u where u.account = :acc order by u.id",
                LworkUser.class).setParameter("acc", account).setMaxResults(1).getResultList()).map(users::party);
    }

    /** A user by bound phone, in any group (a call from the network names only a number); the oldest wins. */
    public Optional<Party> partyByPhone(String phone) {
        return users.firstOf(em.createQuery("select u from LworkUser u where u.phone = :phone order by u.id",
                LworkUser.class).setParameter("phone", phone).setMaxResults(1).getResultList()).map(users::party);
    }

    /** A p2p callee (voip.md §3): matched by account first, then by bound phone, within the caller's group. */
    public Optional<Party> findCallee(String groupId, String calleePhone) {
        return users.findByAccount(groupId, calleePhone).or(() -> users.firstOf(em.createQuery(
                        "select u from LworkUser u where u.groupId = :group and u.phone = :phone order by u.id",
                        LworkUser.class)
                .setParameter("group", groupId).setParameter("phone", calleePhone).setMaxResults(1)
                .getResultList())).map(users::party);
    }

    /** The (user, device) a presented {@code session} value stands for, while that session lives. */
    public Optional<SessionHolder> sessionHolder(String value) {
        return sessions.byValue(value).map(s -> new SessionHolder(s.userId(), s.deviceId()));
    }

    /** Who holds a live lwork session. */
    public record SessionHolder(Long userId, String deviceId) {
    }

    /** Whether the device holds a login of the user (android/iOS call start). */
    public boolean loggedIn(Long userId, String deviceId) {
        return users.findSession(userId, deviceId).isPresent();
    }

    /** Whether any device holds a login of the user (web call start carries no device). */
    public boolean loggedInAnywhere(Long userId) {
        return users.allSessions(userId).stream().anyMatch(s -> users.live(s).isPresent());
    }

    /** VOIP-33: how (acc, device) stands; {@code polled} records the poll for VOIP-12's online state. */
    public DeviceStanding standing(String acc, String deviceId, boolean polled) {
        List<Object[]> rows = em.createQuery("select s, u from DeviceSession s, LworkUser u "
                        + "where s.userId = u.id and u.account = :acc and s.deviceId = :device "
                        + "order by s.loggedInAt desc", Object[].class)
                .setParameter("acc", acc)
                .setParameter("device", deviceId)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return new DeviceStanding(DeviceStanding.Status.NOT_LOGGED_IN, null);
        }
        DeviceSession session = (DeviceSession) rows.get(0)[0];
        LworkUser user = (LworkUser) rows.get(0)[1];
        if (users.live(session).isEmpty()) {
            return new DeviceStanding(DeviceStanding.Status.NOT_LOGGED_IN, null);
        }
        if (polled) {
            session.polled(Instant.now());
        }
        return new DeviceStanding(deviceId.equals(user.activeDeviceId())
                ? DeviceStanding.Status.ACTIVE : DeviceStanding.Status.SUPERSEDED, user.id());
    }
}
