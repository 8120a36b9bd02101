package com.switchboard.heihei.user;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.platform.secret.Secret;
import com.switchboard.platform.sms.SmsCodeService;
import com.switchboard.platform.sms.SmsPurpose;
import com.switchboard.platform.sms.SmsRefused;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** heihei sign-in, sign-out and own profile (HH-USER-01..05, 17). */
@Stateless
public class UserService {
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    /** Names: letters of any script, digits, spaces and a few marks; no control or markup characters. */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}\\p{M} _.\\-·]+");
    static final int MAX_NAME = 20;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<UserRegistered> registered;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiCallers callers;
    @Inject
    SmsCodeService codes;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    HeiheiSettings settings;
    @Inject
    UserAttributes attributes;
    @Inject
    PushDevices pushDevices;

    /** What a sign-in returns. */
    public record SignedIn(String token, boolean needRegist, HeiheiUser user) {
    }

    /** HH-USER-01. @return seconds until another code may be asked for */
    public long sendSignInCode(String phone, String client) {
        checkPhone(phone);
        try {
            codes.issue(phone, SmsPurpose.HEIHEI_SIGN_IN, null, client);
        } catch (SmsRefused e) {
            throw new HeiheiFailure(400, "短信发送太频繁");
        }
        return codes.resendSeconds();
    }

    /** HH-USER-03: the phone's account, created at its first sign-in. */
    public SignedIn signInByPhone(String phone, Secret code) {
        checkPhone(phone);
        redeem(phone, SmsPurpose.HEIHEI_SIGN_IN, code, null);
        Instant now = Instant.now();
        HeiheiUser user = users.byPhone(phone).orElse(null);
        if (user == null) {
            user = users.create(now);
            user.bindPhone(phone, now);
            wallets.open(user.id());
            registered.fire(new UserRegistered(user.id()));
            em.flush(); // a concurrent first sign-in of this phone loses here, on the unique phone
        }
        return new SignedIn(callers.issue(user.id()), user.needsRegistration(), user);
    }

    /** HH-USER-05. @return whose token it was */
    public long signOut(String token) {
        HeiheiCallers.Ended ended = callers.end(token);
        if (ended.pushDevice() != null) { // other sign-ins of the user keep the device they registered
            pushDevices.signedOut(ended.userId(), ended.pushDevice());
        }
        return ended.userId();
    }

    /** HH-USER-08. */
    public void setPushEnable(long userId, String value) {
        if (!value.equals("0") && !value.equals("1")) {
            throw HeiheiFailure.badParam("push_enable must be \"0\" or \"1\"");
        }
        attributes.set(userId, UserAttribute.PUSH_ENABLE, value);
    }

    /** HH-USER-04: the first rename is free, later ones cost {@code rename-fee} diamonds (740 when short). */
    public long updateProfile(long userId, String displayName, String gender, String birthDay, String address,
                              String latlng, String description) {
        String name = displayName.strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new HeiheiFailure(447, "名字太长");
        }
        if (name.isEmpty() || !NAME.matcher(name).matches()) {
            throw new HeiheiFailure(445, "非法的名称");
        }
        if (!gender.equals(HeiheiUser.MALE) && !gender.equals(HeiheiUser.FEMALE)
                && !gender.equals(HeiheiUser.UNSPECIFIED)) {
            throw HeiheiFailure.badParam("gender");
        }
        LocalDate born = date(birthDay);
        LocalDate today = LocalDate.now(CHINA);
        if (born.isAfter(today.minusYears(settings.minimumAge()))) {
            throw new HeiheiFailure(501, "未成年人禁止直播！");
        }
        if (born.isBefore(today.minusYears(150))) {
            throw HeiheiFailure.badParam("birthDay");
        }
        HeiheiUser user = users.locked(userId);
        boolean renamed = !name.equals(user.displayName()) && !user.needsRegistration();
        if (renamed && user.modifyCount() >= 1) {
            wallets.spendGold(userId, settings.renameFee(), "rename", null);
        }
        user.update(name, gender, born, address, latlng, description, renamed, Instant.now());
        return userId;
    }

    /** HH-USER-17: binds a phone proven by its code; the phone then signs in to this account. */
    public void bindPhone(long userId, String phone, Secret code) {
        checkPhone(phone);
        users.byPhone(phone).filter(u -> !u.id().equals(userId)).ifPresent(u -> {
            throw new HeiheiFailure(403, "手机号已被其他账户绑定");
        });
        redeem(phone, SmsPurpose.HEIHEI_SIGN_IN, code, null);
        users.locked(userId).bindPhone(phone, Instant.now());
        em.flush(); // bound elsewhere at the same instant: the unique phone decides
    }

    /** The rename fee text of OBJ-USERPROFILE {@code modifyText}. */
    public String modifyText(HeiheiUser user) {
        return user.modifyCount() == 0 ? "(本次改名免费，下次修改费用" + settings.renameFee() + "钻)"
                : "(本次改名费用" + settings.renameFee() + "钻)";
    }

    private void redeem(String phone, SmsPurpose purpose, Secret code, Long requester) {
        try {
            codes.redeem(phone, purpose, code, requester);
        } catch (SmsRefused e) {
            throw new HeiheiFailure(401, "验证码错误");
        }
    }

    private static void checkPhone(String phone) {
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw HeiheiFailure.badParam("phoneNo");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw HeiheiFailure.badParam("birthDay must be yyyy-MM-dd");
        }
    }
}
