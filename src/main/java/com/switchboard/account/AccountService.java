package com.switchboard.account;

import com.switchboard.platform.metrics.Meters;
import com.switchboard.account.AccountRequests.AuthCode;
import com.switchboard.account.AccountRequests.Callee;
import com.switchboard.account.qq.QqIdentity;
import com.switchboard.platform.limit.RateLimits;
import com.switchboard.platform.secret.Secret;
import com.switchboard.platform.sms.SmsCodeService;
import com.switchboard.platform.sms.SmsPurpose;
import com.switchboard.platform.sms.SmsRefused;
import com.switchboard.platform.wire.LworkFailure;
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
    @Inject
    Meters meters;
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
    DeviceSessions sessions;
    @Inject
    LworkCallers callers;
    @Inject
    RateLimits limits;
    @Inject
    QqIdentity qq;

    /**
     * VOIP-01: log in by account, else by user name, within the group; the device becomes the active one. Failed
     * attempts per account name and per client address slow down, then lock, further attempts ({@code too_frequent}).
     */
    public AccountView login(String acc, Secret pwd, String deviceId, JsonObject clidata, String groupId,
                             String client) {
        String group = group(groupId);
        List<String> keys = java.util.Arrays.asList("login:acc:" + group + ":" + acc,
                limits.addressKey("login", client));
        requireNotThrottled(keys);
        Optional<LworkUser> user = users.findByAccountOrName(group, acc);
        if (user.isEmpty()) {
            passwords.matchesNothing(pwd.reveal()); // no timing difference to tell unknown accounts apart
        }
        if (user.isEmpty() || !passwords.matches(pwd.reveal(), user.get().pwdHash())) {
            keys.forEach(limits::failedAttempt);
            meters.countNow("login_failures", "Failed sign-ins: wrong password, token or SMS code", "app", "lwork");
            throw new LworkFailure(user.isEmpty() ? "account_not_exist" : "pwd_not_matched");
        }
        limits.succeeded(keys.get(0));
        return AccountView.of(user.get()).withSession(sessions.open(user.get(), deviceId, clidata));
    }

    /** VOIP-02: the device's session ends; its parked poll is answered {@code unlogined}. */
    public void logout(String uuid, String deviceId) {
        LworkUser user = users.lockedUser(uuid);
        callers.user(uuid); // a presented session must be this user's
        users.findAnySession(user.id(), deviceId).ifPresent(session -> {
            em.remove(session);
            if (deviceId.equals(user.activeDeviceId())) {
                user.activeDevice(null);
            }
            sessionChanged.fire(new DeviceSessionChanged(user.id(), user.account(), deviceId));
        });
    }

    /** VOIP-03: sends a code for register / resetpwd (to the account's phone) or bind (to the given phone). */
    public void sendAuthCode(AuthCode r, String client) {
        SmsPurpose purpose = SmsPurpose.fromWire(r.type())
                .orElseThrow(() -> new LworkFailure("invalid_params"));
        if (purpose == SmsPurpose.BIND) {
            if (isBlank(r.phone())) {
                throw new LworkFailure("invalid_params");
            }
            LworkUser user = users.user(r.uuid());
            callers.loggedIn(r.uuid(), r.device_id());
            issueCode(r.phone(), purpose, user.id(), client);
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
        issueCode(target, purpose, null, client);
    }

    /** VOIP-04: a pre-provisioned account takes its user name and password. */
    public void register(String uuid, Secret authCode, String name, Secret pwd, String groupId) {
        LworkUser user = users.lockedUser(uuid);
        if (!user.groupId().equals(groupId)) {
            throw new LworkFailure("account_not_exist");
        }
        if (nameTakenByOther(groupId, name, user.id())) {
            throw new LworkFailure("username_already_existed");
        }
        redeemCode(user.smsTarget(), SmsPurpose.REGISTER, authCode, null);
        String oldName = user.name();
        user.rename(name);
        user.changePassword(passwords.hash(pwd.reveal()));
        users.flushUnique();
        if (!name.equals(oldName)) {
            if (oldName != null && !oldName.equals(user.account())) {
                users.release(groupId, oldName, user.id());
            }
            if (!name.equals(user.account())) {
                users.claim(groupId, name, user.id());
            }
        }
    }

    /** VOIP-05: a new, active account whose {@code acc} received the register code. */
    public AccountView selfRegister(String acc, String name, Secret pwd, Secret authCode, String deviceId,
                                    String groupId, String crc) {
        requireCrc(crc, acc, deviceId, groupId);
        requireFree(groupId, acc, name);
        redeemCode(acc, SmsPurpose.REGISTER, authCode, null);
        return AccountView.of(create(groupId, acc, name, pwd, true));
    }

    /** A new user whose account and name are claimed in the group's one namespace. */
    LworkUser create(String groupId, String acc, String name, Secret pwd, boolean activated) {
        LworkUser user = new LworkUser(groupId, acc, name, pwd == null ? null : passwords.hash(pwd.reveal()),
                activated);
        em.persist(user);
        users.flushUnique();
        users.claim(groupId, acc, user.id());
        if (name != null && !name.equals(acc)) {
            users.claim(groupId, name, user.id());
        }
        return user;
    }

    /** VOIP-06: reset the password with a resetpwd code; {@code name} must match the account's. */
    public void forgetPwd(String acc, String uuid, Secret authCode, Secret pwd, String name, String groupId) {
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
        redeemCode(user.smsTarget(), SmsPurpose.RESETPWD, authCode, null);
        user.changePassword(passwords.hash(pwd.reveal()));
        sessions.endAllBut(user, null); // whoever knew the old password is logged out everywhere
    }

    /**
     * VOIP-07, from a device logged in to the account; every other device's session ends. Wrong old passwords
     * count like failed logins of the account and of the address.
     */
    public void modifyPwd(String uuid, String deviceId, Secret oldPwd, Secret pwd, String client) {
        callers.loggedIn(uuid, deviceId);
        List<String> keys = java.util.Arrays.asList("pwd:user:" + uuid.trim(), limits.addressKey("login", client));
        requireNotThrottled(keys);
        LworkUser user = users.lockedUser(uuid);
        if (!passwords.matches(oldPwd.reveal(), user.pwdHash())) {
            keys.forEach(limits::failedAttempt);
            meters.countNow("login_failures", "Failed sign-ins: wrong password, token or SMS code", "app", "lwork");
            throw new LworkFailure("pwd_not_matched");
        }
        limits.succeeded(keys.get(0));
        user.changePassword(passwords.hash(pwd.reveal()));
        sessions.endAllBut(user, deviceId);
    }

    /** Operators end every session of an account (a stolen phone): its devices must log in again. */
    public Optional<Integer> endSessions(String uuid) {
        return Optional.ofNullable(users.parseUuid(uuid)).map(id -> em.find(LworkUser.class, id))
                .map(u -> sessions.endAllBut(u, null));
    }

    /** VOIP-08: replaces the stored blob; only from a device the user is logged in on. */
    public void addInfo(String uuid, String deviceId, JsonValue info) {
        callers.loggedIn(uuid, deviceId);
        LworkUser user = users.user(uuid);
        user.replaceInfo(info.toString());
    }

    /**
     * VOIP-09: binds the phone the bind code was sent to. Only from a logged-in device: the bound phone receives
     * password-reset codes, so binding by bare uuid would hand the account to whoever asks.
     */
    public void bind(String uuid, String deviceId, String phone, Secret authCode) {
        callers.loggedIn(uuid, deviceId);
        LworkUser user = users.lockedUser(uuid);
        redeemCode(phone, SmsPurpose.BIND, authCode, user.id());
        user.bindPhone(phone);
    }

    /**
     * VOIP-10: QQ login, authenticated by crc and by QQ ({@link QqIdentity}: QQ Connect's check of the client's
     * {@code access_token} when configured, else the seed's {@code acc == "qq_" + pwd}); empty when not registered.
     */
    public Optional<AccountView> thirdLogin(String acc, Secret pwd, Secret accessToken, String crc, String deviceId,
                                            JsonObject clidata, String groupId) {
        requireCrc(crc, acc, deviceId, groupId);
        requireQq(acc, pwd, accessToken);
        Optional<LworkUser> user = users.findByAccount(groupId, acc);
        return user.map(u -> AccountView.of(u).withSession(sessions.open(u, deviceId, clidata)));
    }

    /**
     * VOIP-11: registers the QQ account (active at once) and logs it in. Only {@code qq_} accounts, vouched for by
     * QQ like VOIP-10: a phone number as {@code acc} would take that number without its SMS code.
     */
    public AccountView thirdReg(String acc, String name, Secret pwd, Secret accessToken, String crc, String deviceId,
                                JsonObject clidata, String groupId) {
        requireCrc(crc, acc, deviceId, groupId);
        if (!acc.startsWith(QqIdentity.PREFIX)) {
            throw new LworkFailure("invalid_params");
        }
        if (!qq.vouchesNew(acc, accessToken)) {
            throw new LworkFailure("pwd_not_matched");
        }
        requireFree(groupId, acc, name);
        LworkUser user = create(groupId, acc, name, pwd, true);
        return AccountView.of(user).withSession(sessions.open(user, deviceId, clidata));
    }

    private void requireQq(String acc, Secret pwd, Secret accessToken) {
        if (!qq.vouches(acc, pwd, accessToken)) {
            throw new LworkFailure("pwd_not_matched");
        }
    }

    /** VOIP-12: one state per asked user, in order. */
    public List<String> queryStatus(List<Callee> asked) {
        if (asked.size() > settings.queryStatusMaxUsers) {
            throw new LworkFailure("invalid_params");
        }
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
            boolean online = u.activeDeviceId() != null && users.findAnySession(u.id(), u.activeDeviceId())
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

    private void requireNotThrottled(List<String> keys) {
        for (String key : keys) {
            if (limits.waitBeforeAttempt(key).isPresent()) {
                throw new LworkFailure("too_frequent");
            }
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


    private void issueCode(String target, SmsPurpose purpose, Long requesterId, String client) {
        try {
            codes.issue(target, purpose, requesterId, client);
        } catch (SmsRefused e) {
            throw new LworkFailure("too_frequent");
        }
    }

    private void redeemCode(String target, SmsPurpose purpose, Secret presented, Long requesterId) {
        try {
            codes.redeem(target, purpose, presented, requesterId);
        } catch (SmsRefused e) {
            throw new LworkFailure("invalid_auth_code");
        }
    }
}
