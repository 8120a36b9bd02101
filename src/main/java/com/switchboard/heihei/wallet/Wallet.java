package com.switchboard.heihei.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A heihei user's diamonds ({@code gold}) and tickets ({@code point}); changed only under its row lock. */
@Entity
@Table(name = "hh_wallet")
public class Wallet {
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(nullable = false)
    private long gold;
    @Column(nullable = false)
    private long point;
    @Column(name = "all_outlay_gold", nullable = false)
    private long allOutlayGold;
    @Column(name = "all_earn_point", nullable = false)
    private long allEarnPoint;
    /** Tickets held back by pending withdrawals (HH-PAY-10). */
    @Column(name = "reserved_point", nullable = false)
    private long reservedPoint;

    protected Wallet() {
    }

    Wallet(Long userId) {
        this.userId = userId;
    }

    void credit(long goldDelta, long pointDelta) {
        gold = Math.addExact(gold, goldDelta);
        point = Math.addExact(point, pointDelta);
    }

    /** @return false, changing nothing, when the balance is short */
    boolean spendGold(long amount) {
        if (amount > gold) {
            return false;
        }
        gold -= amount;
        allOutlayGold = Math.addExact(allOutlayGold, amount);
        return true;
    }

    void earnPoint(long amount) {
        point = Math.addExact(point, amount);
        allEarnPoint = Math.addExact(allEarnPoint, amount);
    }

    /** @return false, changing nothing, when the tickets are short */
    boolean spendPoint(long amount) {
        if (amount > point) {
            return false;
        }
        point -= amount;
        return true;
    }

    /** @return false, changing nothing, when the tickets are short */
    boolean reserve(long amount) {
        if (!spendPoint(amount)) {
            return false;
        }
        reservedPoint = Math.addExact(reservedPoint, amount);
        return true;
    }

    /** A reservation ends: paid out, or back to the spendable tickets. */
    void unreserve(long amount, boolean giveBack) {
        if (amount > reservedPoint) {
            throw new IllegalStateException("wallet " + userId + " holds less reserved than " + amount);
        }
        reservedPoint -= amount;
        if (giveBack) {
            point = Math.addExact(point, amount);
        }
    }

    public Long userId() {
        return userId;
    }

    public long gold() {
        return gold;
    }

    public long point() {
        return point;
    }

    public long allOutlayGold() {
        return allOutlayGold;
    }

    public long allEarnPoint() {
        return allEarnPoint;
    }

    public long reservedPoint() {
        return reservedPoint;
    }
}
