package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.AccountRequests.AuthCode;
import com.switchboard.account.AccountRequests.Callee;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** lwork accounts and device sessions: VOIP-01..12. */
@Stateless
public class AccountService {
    /** VOIP-12: a device whose long-poll was seen this recently is online. */
    static final Duration ONLINE_WINDOW = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountSettings settings;
    @Inject
    LworkUsers users;
    @Inject
    PasswordHasher passwords;
    @Inject
    SmsCodeService codes;
    @Inject
    Event<DeviceSessionChanged> sessionChanged;
    @Inject
    Event<DeviceLoggedIn> loggedIn;

    /** VOIP-01: log in by account, else by user name, within the group; the device becomes the active one. */
    public AccountView login(String acc, String pwd, String deviceId, JsonObject clidata, String groupId) {
        LworkUser user = users.findByAccountOrName(group(groupId), acc)
                .orElseThrow(() -> new LworkFailure("account_not_exist"));
        if (!passwords.matches(pwd, user.pwdHash())) {
            throw new LworkFailure("pwd_not_matched");
        }
        openSession(user, deviceId, clidata);
        return AccountView.of(user);
    }

    /** VOIP-02: the device's session ends; its parked poll is answered {@code unlogined}. */
    public void logout(String uuid, String deviceId) {
        LworkUser user = users.lockedUser(uuid);
        users.findSession(user.id(), deviceId).ifPresent(session -> {
            em.remove(session);
            if (deviceId.equals(user.activeDeviceId())) {
                user.activeDevice(null);
            }
            sessionChanged.fire(new DeviceSessionChanged(user.id(), user.account(), deviceId));
        });
    }

    /** VOIP-03: sends a code for register / resetpwd (to the account's phone) or bind (to the given phone). */
    public void sendAuthCode(AuthCode r) {
        SmsPurpose purpose = SmsPurpose.fromWire(r.type())
                .orElseThrow(() -> new LworkFailure("invalid_params"));
        if (purpose == SmsPurpose.BIND) {
            if (isBlank(r.phone())) {
                throw new LworkFailure("invalid_params");
            }
            LworkUser user = users.user(r.uuid());
            requireSession(user, r.device_id());
            codes.issue(r.phone(), purpose, user.id());
            return;
        }
        String target;
        if (!isBlank(r.uuid())) {
            target = users.user(r.uuid()).smsTarget();
        } else if (!isBlank(r.acc())) {
            Optional<LworkUser> existing = users.findByAccountOrName(group(r.group_id()), r.acc());
            if (purpose == SmsPurpose.REGISTER) {
                if (existing.isPresent()) {
                    throw new LworkFailure("username_already_existed");
                }
                target = r.acc(); // self-registration: the new account is the phone (VOIP-05)
            } else {
                target = existing.orElseThrow(() -> new LworkFailure("account_not_exist")).smsTarget();
            }
        } else {
            throw new LworkFailure("invalid_params");
        }
        codes.issue(target, purpose, null);
    }

    /** VOIP-04: a pre-provisioned account takes its user name and password. */
    public void register(String uuid, String authCode, String name, String pwd, String groupId) {
        LworkUser user = users.lockedUser(uuid);
        if (!user.groupId().equals(groupId)) {
            throw new LworkFailure("account_not_exist");
        }
        if (nameTakenByOther(groupId, name, user.id())) {
            throw new LworkFailure("username_already_existed");
        }
        codes.redeem(user.smsTarget(), SmsPurpose.REGISTER, authCode, null);
        user.rename(name);
        user.changePassword(passwords.hash(pwd));
        users.flushUnique();
    }

    /** VOIP-05: a new, active account whose {@code acc} received the register code. */
    public AccountView selfRegister(String acc, String name, String pwd, String authCode, String deviceId,
                                    String groupId, String crc) {
        requireCrc(crc, acc, deviceId, groupId);
        requireFree(groupId, acc, name);
        codes.redeem(acc, SmsPurpose.REGISTER, authCode, null);
        LworkUser user = new LworkUser(groupId, acc, name, passwords.hash(pwd), true);
        em.persist(user);
        users.flushUnique();
        return AccountView.of(user);
    }

    /** VOIP-06: reset the password with a resetpwd code; {@code name} must match the account's. */
    public void forgetPwd(String acc, String uuid, String authCode, String pwd, String name, String groupId) {
        LworkUser user;
        if (!isBlank(acc)) {
            user = users.findByAccountOrName(groupId, acc).orElseThrow(() -> new LworkFailure("account_not_exist"));
        } else if (!isBlank(uuid)) {
            user = users.user(uuid);
            if (!user.groupId().equals(groupId)) {
                throw new LworkFailure("account_not_exist");
            }
        } else {
            throw new LworkFailure("invalid_params");
        }
        if (!name.equals(user.name())) {
            throw new LworkFailure("username_not_exist");
        }
        codes.redeem(user.smsTarget(), SmsPurpose.RESETPWD, authCode, null);
        user.changePassword(passwords.hash(pwd));
    }

    /** VOIP-07. */
    public void modifyPwd(String uuid, String oldPwd, String pwd) {
        LworkUser user = users.lockedUser(uuid);
        if (!passwords.matches(oldPwd, user.pwdHash())) {
            throw new LworkFailure("pwd_not_matched");
        }
        user.changePassword(passwords.hash(pwd));
    }

    /** VOIP-08: replaces the stored blob; only from a device the user is logged in on. */
    public void addInfo(String uuid, String deviceId, JsonValue info) {
        LworkUser user = users.user(uuid);
        requireSession(user, deviceId);
        user.replaceInfo(info.toString());
    }

    /**
     * VOIP-09: binds the phone the bind code was sent to. Only from a logged-in device: the bound phone receives
     * password-reset codes, so binding by bare uuid would hand the account to whoever asks.
     */
    public void bind(String uuid, String deviceId, String phone, String authCode) {
        LworkUser user = users.lockedUser(uuid);
        requireSession(user, deviceId);
        codes.redeem(phone, SmsPurpose.BIND, authCode, user.id());
        user.bindPhone(phone);
    }

    /** VOIP-10: QQ login, authenticated by crc and {@code acc == "qq_" + pwd}; empty when not registered. */
    public Optional<AccountView> thirdLogin(String acc, String pwd, String crc, String deviceId, JsonObject clidata,
                                            String groupId) {
        requireCrc(crc, acc, deviceId, groupId);
        if (!acc.equals("qq_" + pwd)) {
            throw new LworkFailure("pwd_not_matched");
        }
        Optional<LworkUser> user = users.findByAccount(groupId, acc);
        user.ifPresent(u -> openSession(u, deviceId, clidata));
        return user.map(AccountView::of);
    }

    /** VOIP-11: registers the QQ account (active at once) and logs it in. */
    public AccountView thirdReg(String acc, String name, String pwd, String crc, String deviceId, JsonObject clidata,
                                String groupId) {
        requireCrc(crc, acc, deviceId, groupId);
        requireFree(groupId, acc, name);
        LworkUser user = new LworkUser(groupId, acc, name, passwords.hash(pwd), true);
        em.persist(user);
        users.flushUnique();
        openSession(user, deviceId, clidata);
        return AccountView.of(user);
    }

    /** VOIP-12: one state per asked user, in order. */
    public List<String> queryStatus(List<Callee> asked) {
        Instant onlineSince = Instant.now().minus(ONLINE_WINDOW);
        return asked.stream().map(c -> {
            Optional<LworkUser> user = isBlank(c.acc()) ? Optional.empty() : users.firstOf(em.createQuery(
                    "select u from LworkUser u where u.account = :acc order by u.id", LworkUser.class)
                    .setParameter("acc", c.acc()).setMaxResults(1).getResultList());
            if (user.isEmpty() && !isBlank(c.phone())) {
                user = users.firstOf(em.createQuery(
                                "select u from LworkUser u where u.phone = :phone order by u.id", LworkUser.class)
                        .setParameter("phone", c.phone()).setMaxResults(1).getResultList());
            }
            if (user.isEmpty()) {
                return "unregistered";
            }
            LworkUser u = user.get();
            boolean online = u.activeDeviceId() != null && users.findSession(u.id(), u.activeDeviceId())
                    .map(DeviceSession::lastPollAt)
                    .filter(at -> at.isAfter(onlineSince))
                    .isPresent();
            return online ? "online" : "offline";
        }).toList();
    }

    /** Operators switch an account's activation by uuid (the billing system uses VOIP-64/65). */
    public boolean setActivated(String uuid, boolean activated) {
        Optional<LworkUser> user = Optional.ofNullable(users.parseUuid(uuid))
                .map(id -> em.find(LworkUser.class, id, LockModeType.PESSIMISTIC_WRITE));
        user.ifPresent(u -> u.activated(activated));
        return user.isPresent();
    }

    private void openSession(LworkUser unlocked, String deviceId, JsonObject clidata) {
        // Serialise logins of one account so exactly one device ends up active.
        LworkUser user = em.find(LworkUser.class, unlocked.id(), LockModeType.PESSIMISTIC_WRITE);
        String osType = clidata.getString("os_type", null);
        Instant now = Instant.now();
        users.findSession(user.id(), deviceId).ifPresentOrElse(
                session -> session.loggedIn(osType, clidata.toString(), now),
                () -> em.persist(new DeviceSession(user.id(), deviceId, osType, clidata.toString(), now)));
        user.activeDevice(deviceId);
        loggedIn.fire(new DeviceLoggedIn(user.id(), deviceId, clidata));
        em.createQuery("select s from DeviceSession s where s.userId = :user and s.deviceId <> :device",
                        DeviceSession.class)
                .setParameter("user", user.id())
                .setParameter("device", deviceId)
                .getResultList()
                .forEach(other -> sessionChanged.fire(
                        new DeviceSessionChanged(user.id(), user.account(), other.deviceId())));
    }

    /** The uuid alone is guessable (a small number); acting on an account also needs a device logged in to it. */
    private void requireSession(LworkUser user, String deviceId) {
        if (users.findSession(user.id(), deviceId).isEmpty()) {
            throw new LworkFailure("no_logind");
        }
    }

    private boolean nameTakenByOther(String groupId, String name, Long userId) {
        return !em.createQuery("select u.id from LworkUser u where u.groupId = :group "
                        + "and (u.name = :name or u.account = :name) and u.id <> :id", Long.class)
                .setParameter("group", groupId)
                .setParameter("name", name)
                .setParameter("id", userId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void requireFree(String groupId, String acc, String name) {
        boolean taken = !em.createQuery("select u.id from LworkUser u where u.groupId = :group and "
                        + "(u.account = :acc or u.name = :acc or u.account = :name or u.name = :name)", Long.class)
                .setParameter("group", groupId)
                .setParameter("acc", acc)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new LworkFailure("username_already_existed");
        }
    }

    private static void requireCrc(String crc, String acc, String deviceId, String groupId) {
        if (!Crc.valid(crc, acc, deviceId, groupId)) {
            throw new LworkFailure("crc_invalid");
        }
    }

    private String group(String groupId) {
        return isBlank(groupId) ? settings.defaultGroup : groupId;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

}
