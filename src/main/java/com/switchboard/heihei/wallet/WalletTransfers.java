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
 * Moves between currencies and users (HH-GIFT-02, HH-PAY-05, HH-PAY-10): each under the row locks of every wallet
 * it touches, taken in user-id order so that two users gifting each other cannot deadlock, with one ledger row per
 * currency changed.
 */
@Stateless
public class WalletTransfers {
    @Inject
    Meters meters;
    /** After a gift: the sender's diamonds left and the receiver's tickets earned in all ({@code totalTicket}). */
    public record Gifted(long senderGold, long receiverTotalTicket) {
    }

    @PersistenceContext
    EntityManager em;

    /** A gift: the sender pays {@code gold} diamonds (740 when short, nothing changed), the receiver earns tickets. */
    public Gifted gift(long senderId, long gold, long receiverId, long tickets, String reference) {
        HeiheiWalletService.checkAmount(gold);
        HeiheiWalletService.checkAmount(tickets);
        Wallet first = locked(Math.min(senderId, receiverId));
        Wallet second = senderId == receiverId ? first : locked(Math.max(senderId, receiverId));
        Wallet sender = first.userId() == senderId ? first : second;
        Wallet receiver = first.userId() == receiverId ? first : second;
        if (!sender.spendGold(gold)) {
            throw new HeiheiFailure(740, "余额不足");
        }
        Instant now = Instant.now();
        row(senderId, LedgerEntry.GOLD, -gold, sender.gold(), "gift", reference, now);
        HeiheiWalletService.spent(meters, gold, "gift");
        receiver.earnPoint(tickets);
        row(receiverId, LedgerEntry.POINT, tickets, receiver.point(), "gift", reference, now);
        return new Gifted(sender.gold(), receiver.allEarnPoint());
    }

    /** HH-PAY-05: tickets for diamonds in one step; 741 when the tickets are short. @return the wallet after */
    public Wallet exchange(long userId, long point, long gold, String reference) {
        HeiheiWalletService.checkAmount(point);
        HeiheiWalletService.checkAmount(gold);
        Wallet w = locked(userId);
        if (!w.spendPoint(point)) {
            throw new HeiheiFailure(741, "积分不足");
        }
        w.credit(gold, 0);
        Instant now = Instant.now();
        row(userId, LedgerEntry.POINT, -point, w.point(), "exchange", reference, now);
        row(userId, LedgerEntry.GOLD, gold, w.gold(), "exchange", reference, now);
        return w;
    }

    /** HH-PAY-10: tickets held back for a withdrawal; 740 when short. */
    public Wallet reserve(long userId, long point, String reference) {
        HeiheiWalletService.checkAmount(point);
        Wallet w = locked(userId);
        if (!w.reserve(point)) {
            throw new HeiheiFailure(740, "余额不足");
        }
        Instant now = Instant.now();
        row(userId, LedgerEntry.POINT, -point, w.point(), "withdrawal", reference, now);
        row(userId, LedgerEntry.RESERVED, point, w.reservedPoint(), "withdrawal", reference, now);
        return w;
    }

    /** An operator's review: the held tickets are paid out ({@code approved}) or given back. */
    public Wallet settle(long userId, long point, boolean approved, String reference) {
        Wallet w = locked(userId);
        w.unreserve(point, !approved);
        Instant now = Instant.now();
        row(userId, LedgerEntry.RESERVED, -point, w.reservedPoint(), approved ? "payout" : "released", reference,
                now);
        if (!approved) {
            row(userId, LedgerEntry.POINT, point, w.point(), "released", reference, now);
        }
        return w;
    }

    private Wallet locked(long userId) {
        Wallet w = em.find(Wallet.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw HeiheiFailure.noUser();
        }
        return w;
    }

    private void row(long userId, String currency, long delta, long after, String reason, String reference,
                     Instant at) {
        if (delta != 0) {
            em.persist(new LedgerEntry(userId, currency, delta, after, reason, reference, at));
        }
    }
}
