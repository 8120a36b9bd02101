package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
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

/** Issues and redeems SMS auth codes (VOIP-03; redeemed by VOIP-04/05/06/09). */
@Stateless
public class SmsCodeService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountSettings settings;
    @Inject
    SmsSender sms;
    @Inject
    RateLimits limits;
    @Resource
    SessionContext context;

    /**
     * Sends a new 6-digit code to {@code target}: at most one send per target per resend interval, a limited number
     * per client address per hour and per minute overall ({@code too_frequent}). The per-target place is taken under
     * a row lock, so a burst of concurrent requests sends one code.
     */
    public void issue(String target, SmsPurpose purpose, Long requesterId, String client) {
        Instant now = Instant.now();
        if (!limits.tryTake("sms:to:" + target, Duration.ofSeconds(settings.resendSeconds), 1)
                || !limits.tryTake(limits.addressKey("sms", client), Duration.ofHours(1), settings.smsPerAddressPerHour)
                || !limits.tryTake("sms:all", Duration.ofMinutes(1), settings.smsPerMinute)) {
            throw new LworkFailure("too_frequent");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new SmsCode(target, purpose, code, requesterId, now));
        sms.sendAuthCode(target, code, purpose);
    }

    /**
     * Redeems the newest code for (target, purpose) within the caller's transaction, so a request that fails later
     * leaves the code usable. A wrong code counts against it in a transaction of its own, which sticks.
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
            throw new LworkFailure("invalid_auth_code");
        }
        SmsCode code = codes.get(0);
        if (!code.matches(presented.reveal())) {
            context.getBusinessObject(SmsCodeService.class).countFailure(code.id());
            throw new LworkFailure("invalid_auth_code");
        }
        em.refresh(code, LockModeType.PESSIMISTIC_WRITE); // two requests racing with one code: only one redeems
        if (!code.usable(now)) {
            throw new LworkFailure("invalid_auth_code");
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
}
