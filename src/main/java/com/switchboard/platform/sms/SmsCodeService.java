package com.switchboard.platform.sms;

import com.switchboard.platform.metrics.Meters;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import com.switchboard.platform.limit.RateLimits;
import com.switchboard.platform.secret.Secret;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Issues and redeems SMS auth codes (lwork VOIP-03..09, heihei HH-USER-01/03/17). */
@Stateless
public class SmsCodeService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    SmsSettings settings;
    @Inject
    SmsSender sms;
    @Inject
    RateLimits limits;
    @Inject
    Meters meters;
    @Resource
    SessionContext context;

    /**
     * Sends a new 6-digit code to {@code target}: at most one send per target per resend interval, a limited number
     * per client address per hour and per minute overall ({@code too_frequent}). The per-target place is taken under
     * a row lock, so a burst of concurrent requests sends one code.
     *
     * @throws SmsRefused {@code TOO_FREQUENT}
     */
    public void issue(String target, SmsPurpose purpose, Long requesterId, String client) {
        Instant now = Instant.now();
        // lwork keeps its original key; other families get their own window per phone
        String perPhone = purpose.app().equals("lwork") ? "sms:to:" + target : "sms:to:" + purpose.app() + ":" + target;
        if (!limits.tryTake(perPhone, Duration.ofSeconds(settings.resendSeconds), 1)
                || !limits.tryTake(limits.addressKey("sms", client), Duration.ofHours(1), settings.perAddressPerHour)
                || !limits.tryTake("sms:all", Duration.ofMinutes(1), settings.perMinute)) {
            meters.countNow("sms_refused", "SMS codes refused by a send limit (per phone, address or overall)",
                    "app", purpose.app());
            throw new SmsRefused(SmsRefused.Reason.TOO_FREQUENT);
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new SmsCode(target, purpose, code, requesterId, now));
        sms.sendAuthCode(target, code, purpose);
        meters.count("sms_sent", "SMS codes sent", "app", purpose.app());
    }

    /**
     * Redeems the newest code for (target, purpose) within the caller's transaction, so a request that fails later
     * leaves the code usable. A wrong code counts against it in a transaction of its own, which sticks.
     *
     * @throws SmsRefused {@code WRONG_CODE}
     */
    public void redeem(String target, SmsPurpose purpose, Secret presented, Long requesterId) {
        Instant now = Instant.now();
        List<SmsCode> codes = em.createQuery(
                        "select c from SmsCode c where c.target = :target and c.purpose = :purpose order by c.id desc",
                        SmsCode.class)
                .setParameter("target", target)
                .setParameter("purpose", purpose.wire())
                .setMaxResults(1)
                .getResultList();
        if (codes.isEmpty() || !codes.get(0).usable(now) || !codes.get(0).requestedBy(requesterId)) {
            throw new SmsRefused(SmsRefused.Reason.WRONG_CODE);
        }
        SmsCode code = codes.get(0);
        if (!code.matches(presented.reveal())) {
            context.getBusinessObject(SmsCodeService.class).countFailure(code.id());
            meters.countNow("login_failures", "Failed sign-ins: wrong password, token or SMS code", "app",
                    purpose.app());
            throw new SmsRefused(SmsRefused.Reason.WRONG_CODE);
        }
        em.refresh(code, LockModeType.PESSIMISTIC_WRITE); // two requests racing with one code: only one redeems
        if (!code.usable(now)) {
            throw new SmsRefused(SmsRefused.Reason.WRONG_CODE);
        }
        code.redeem();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countFailure(Long codeId) {
        SmsCode code = em.find(SmsCode.class, codeId, LockModeType.PESSIMISTIC_WRITE);
        if (code != null) {
            code.failedAttempt();
        }
    }

    /** Seconds until another code may be sent to the same phone. */
    public long resendSeconds() {
        return settings.resendSeconds();
    }
}
