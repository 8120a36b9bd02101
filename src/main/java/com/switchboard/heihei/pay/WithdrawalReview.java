package com.switchboard.heihei.pay;

import com.switchboard.heihei.wallet.WalletTransfers;
import com.switchboard.platform.db.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operators review withdrawals: each pending one is approved (tickets paid out) or rejected (given back) once. */
@Stateless
public class WithdrawalReview {
    /** A withdrawal as operators see it (the account in full: they pay it). */
    public record Withdrawal(long id, long userId, String alipaycode, String realName, long amountFen, long point,
                             String status, Instant createdAt, Instant reviewedAt, String payoutRef) {
    }

    /** What a review did. */
    public enum Outcome { DONE, UNKNOWN, ALREADY_REVIEWED }

    private static final String COLUMNS = "SELECT id, user_id, alipaycode, real_name, amount_fen, point, status, "
            + "created_at, reviewed_at, payout_ref FROM hh_withdrawal";

    @PersistenceContext
    EntityManager em;
    @Inject
    WalletTransfers transfers;

    /** Oldest first; {@code status} null for all. */
    public List<Withdrawal> list(String status, int max) {
        var q = status == null ? em.createNativeQuery(COLUMNS + " ORDER BY created_at, id")
                : em.createNativeQuery(COLUMNS + " WHERE status = ?1 ORDER BY created_at, id").setParameter(1, status);
        return q.setMaxResults(max).getResultList().stream().map(o -> row((Object[]) o)).toList();
    }

    public Optional<Withdrawal> find(long id) {
        return em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id).getResultList().stream()
                .findFirst().map(o -> row((Object[]) o));
    }

    /**
     * Approve (with the payout's reference, e.g. the Alipay transfer number) or reject; the state changes by a
     * conditional update, so two operators pressing at once review it once.
     */
    public Outcome review(long id, boolean approve, String payoutRef) {
        Optional<Withdrawal> w = find(id);
        if (w.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        int won = em.createNativeQuery("UPDATE hh_withdrawal SET status = ?2, reviewed_at = ?3, payout_ref = ?4 "
                        + "WHERE id = ?1 AND status = 'pending'").setParameter(1, id)
                .setParameter(2, approve ? "approved" : "rejected").setParameter(3, Instant.now())
                .setParameter(4, payoutRef).executeUpdate();
        if (won == 0) {
            return Outcome.ALREADY_REVIEWED;
        }
        transfers.settle(w.get().userId(), w.get().point(), approve, "withdrawal:" + id);
        return Outcome.DONE;
    }

    private static Withdrawal row(Object[] r) {
        return new Withdrawal(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (String) r[6], SqlValues.instant(r[7]),
                SqlValues.instant(r[8]), (String) r[9]);
    }
}
