package com.switchboard.heihei.wallet;

import com.switchboard.platform.metrics.Meters;
import jakarta.inject.Inject;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Diamonds and tickets (HH-GIFT-04, HH-PAY-06): every change under the wallet's row lock, with one ledger row per
 * currency changed, so concurrent spends of one balance succeed exactly as often as it allows and never go below 0.
 */
@Stateless
public class HeiheiWalletService {
    @Inject
    Meters meters;
    /** Largest amount one change may move: far beyond any price, far below overflow. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    @PersistenceContext
    EntityManager em;

    /** An empty wallet for a new user, in the transaction that creates the user. */
    public void open(Long userId) {
        em.persist(new Wallet(userId));
    }

    public java.util.Optional<Wallet> find(Long userId) {
        return java.util.Optional.ofNullable(em.find(Wallet.class, userId));
    }

    /** The user's ledger rows, oldest first. */
    public java.util.List<LedgerEntry> ledger(Long userId, int max) {
        return em.createQuery("select e from LedgerEntry e where e.userId = :u order by e.id", LedgerEntry.class)
                .setParameter("u", userId).setMaxResults(max).getResultList();
    }

    public Wallet balance(Long userId) {
        Wallet w = em.find(Wallet.class, userId);
        if (w == null) {
            throw HeiheiFailure.noUser();
        }
        return w;
    }

    /** Adds diamonds and tickets (ops, payments); amounts ≥ 0. */
    public Wallet credit(Long userId, long gold, long point, String reason, String reference) {
        checkAmount(gold);
        checkAmount(point);
        Wallet w = locked(userId);
        w.credit(gold, point);
        Instant now = Instant.now();
        if (gold > 0) {
            em.persist(new LedgerEntry(userId, LedgerEntry.GOLD, gold, w.gold(), reason, reference, now));
        }
        if (point > 0) {
            em.persist(new LedgerEntry(userId, LedgerEntry.POINT, point, w.point(), reason, reference, now));
        }
        return w;
    }

    /** Takes diamonds, or 740 changing nothing. */
    public Wallet spendGold(Long userId, long amount, String reason, String reference) {
        checkAmount(amount);
        Wallet w = locked(userId);
        if (!w.spendGold(amount)) {
            throw new HeiheiFailure(740, "余额不足");
        }
        if (amount > 0) {
            em.persist(new LedgerEntry(userId, LedgerEntry.GOLD, -amount, w.gold(), reason, reference,
                    Instant.now()));
            spent(meters, amount, reason);
        }
        return w;
    }

    /** Tickets earned (gifts received), counted in {@code allEarnPoint}. */
    public Wallet earnPoint(Long userId, long amount, String reason, String reference) {
        checkAmount(amount);
        Wallet w = locked(userId);
        w.earnPoint(amount);
        if (amount > 0) {
            em.persist(new LedgerEntry(userId, LedgerEntry.POINT, amount, w.point(), reason, reference,
                    Instant.now()));
        }
        return w;
    }

    private Wallet locked(Long userId) {
        Wallet w = em.find(Wallet.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw HeiheiFailure.noUser();
        }
        return w;
    }

    static void checkAmount(long amount) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw HeiheiFailure.badParam("amount out of range");
        }
    }

    /** Diamonds spent, on {@code /metrics} by use (gift, barrage, rename …). */
    static void spent(Meters meters, long amount, String use) {
        meters.count(amount, "heihei_diamonds_spent", "heihei diamonds spent, by use", "use", use);
    }
}
