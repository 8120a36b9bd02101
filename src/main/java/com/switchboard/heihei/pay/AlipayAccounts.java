package com.switchboard.heihei.pay;

import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** HH-PAY-07/08: the one Alipay account a user's withdrawals are paid to. */
@Stateless
public class AlipayAccounts {
    @PersistenceContext
    EntityManager em;
    @Inject
    AlipayAccountVerifier verifier;

    /** HH-PAY-08: 726 when the verifier refuses; binding again replaces the account. */
    public String bind(long userId, AlipayAccountVerifier.Account account) {
        verifier.refusal(account).ifPresent(why -> {
            throw new HeiheiFailure(726, "验证不通过: " + why);
        });
        int updated = em.createNativeQuery("UPDATE hh_alipay_account SET alipaycode = ?2, real_name = ?3, "
                        + "idcard = ?4, phone = ?5, bound_at = ?6 WHERE user_id = ?1").setParameter(1, userId)
                .setParameter(2, account.alipaycode()).setParameter(3, account.realName().strip())
                .setParameter(4, account.idcard()).setParameter(5, account.phone()).setParameter(6, Instant.now())
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO hh_alipay_account (user_id, alipaycode, real_name, idcard, phone, "
                            + "bound_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, userId)
                    .setParameter(2, account.alipaycode()).setParameter(3, account.realName().strip())
                    .setParameter(4, account.idcard()).setParameter(5, account.phone())
                    .setParameter(6, Instant.now()).executeUpdate();
        }
        return account.alipaycode();
    }

    public Optional<AlipayAccountVerifier.Account> bound(long userId) {
        return em.createNativeQuery("SELECT alipaycode, real_name, idcard, phone FROM hh_alipay_account "
                + "WHERE user_id = ?1").setParameter(1, userId).getResultList().stream().findFirst().map(o -> {
                    Object[] r = (Object[]) o;
                    return new AlipayAccountVerifier.Account((String) r[0], (String) r[1], (String) r[2],
                            (String) r[3]);
                });
    }

    /** HH-PAY-07: all but the last 4 characters hidden. */
    static String masked(String s) {
        return s.length() <= 4 ? s : "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }
}
