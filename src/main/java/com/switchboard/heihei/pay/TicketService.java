package com.switchboard.heihei.pay;

import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.heihei.wallet.WalletTransfers;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * What tickets are good for (HH-PAY-04/05, 09/10): diamonds by an exchange package, or cash to the bound Alipay
 * account after an operator's review; a withdrawal holds its tickets back until then.
 */
@Stateless
public class TicketService {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** HH-PAY-09's reply. */
    public record Cash(long point, long cash, String rule) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PayPackages packages;
    @Inject
    WalletTransfers transfers;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    AlipayAccounts accounts;
    @Inject
    HeiheiPaySettings settings;
    @Inject
    com.switchboard.heihei.wallet.WalletSettings worth;

    /** HH-PAY-05: 726 unknown package, 741 too few tickets. @return the exchange's order id and the tickets left */
    public Wallet exchange(long userId, int packageId, String orderId) {
        PayPackages.Exchange pkg = packages.exchange(packageId)
                .orElseThrow(() -> new HeiheiFailure(726, "invalid package"));
        return transfers.exchange(userId, pkg.point(), pkg.gold(), orderId);
    }

    /** An exchange's order id: unguessable, like a recharge's. */
    public static String exchangeOrderId() {
        return "P2G" + Instant.now().toEpochMilli() + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
    }

    /** HH-PAY-09. */
    public Cash cash(long userId) {
        long point = wallets.balance(userId).point();
        return new Cash(point, Math.multiplyExact(point, worth.pointWorthFen()), settings.cashRule());
    }

    /**
     * HH-PAY-10: to the bound account only (726 otherwise); the tickets worth {@code fen} (rounded up) are held back
     * (740 when short) until an operator approves or rejects it.
     */
    public long withdraw(long userId, String alipaycode, long fen) {
        AlipayAccountVerifier.Account bound = accounts.bound(userId)
                .filter(a -> a.alipaycode().equals(alipaycode))
                .orElseThrow(() -> new HeiheiFailure(726, "invalid alipaycode"));
        long perTicket = worth.pointWorthFen();
        long point = fen / perTicket + (fen % perTicket == 0 ? 0 : 1);
        long id = RANDOM.nextLong(1L, Long.MAX_VALUE);
        transfers.reserve(userId, point, "withdrawal:" + id);
        em.createNativeQuery("INSERT INTO hh_withdrawal (id, user_id, alipaycode, real_name, amount_fen, point, "
                        + "status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)").setParameter(1, id)
                .setParameter(2, userId).setParameter(3, bound.alipaycode()).setParameter(4, bound.realName())
                .setParameter(5, fen).setParameter(6, point).setParameter(7, Instant.now()).executeUpdate();
        return id;
    }
}
