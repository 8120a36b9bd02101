package com.switchboard.conference.isv;

import com.switchboard.conference.ConferenceLeg;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Conference charging (conference.md CONF-03 Proposed): each started unit of a leg's connected time (a minute) takes
 * one minute from the minutes balance, or else the unit price from the money balance. Every debit is a conditional
 * SQL decrement, so a balance never goes below zero, and an {@code isv_charge} row unique per leg and unit, so a unit
 * is never charged twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IsvBalance {
    @PersistenceContext
    EntityManager em;

    /** Money for a leg's first {@code units} money-charged units at {@code price} yuan each, in fen, rounded up once. */
    static long fenFor(int units, BigDecimal price) {
        return price.multiply(BigDecimal.valueOf(units)).movePointRight(2).setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** Whether the account can pay for one more unit (CONF-04/05: otherwise {@code "5"}). */
    public boolean canAffordUnit(Long accountId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT minutes, money_fen, unit_price FROM isv_account "
                + "WHERE id = ?1").setParameter(1, accountId).getSingleResult();
        long minutes = ((Number) row[0]).longValue();
        long fen = ((Number) row[1]).longValue();
        BigDecimal price = row[2] == null ? null : new BigDecimal(row[2].toString());
        return minutes >= 1 || (price != null && fen > 0 && fen >= fenFor(1, price));
    }

    /**
     * Charges unit {@code unit} (1-based) of the leg if it is not charged yet.
     *
     * @param nextChargeAt when the unit after it falls due, or null when the leg has ended
     * @return false when the account cannot pay for it (nothing is debited)
     */
    public boolean charge(Long legId, Long accountId, int unit, Instant nextChargeAt) {
        int claimed = em.createQuery("update ConferenceLeg l set l.chargedUnits = :u, l.nextChargeAt = :next "
                        + "where l.id = :id and l.chargedUnits = :prev")
                .setParameter("u", unit).setParameter("next", nextChargeAt).setParameter("id", legId)
                .setParameter("prev", unit - 1).executeUpdate();
        if (claimed == 0) {
            return true; // already charged (another sweep or the leg's end got there first)
        }
        Instant now = Instant.now();
        int minute = em.createNativeQuery("UPDATE isv_account SET minutes = minutes - 1 WHERE id = ?1 "
                + "AND minutes >= 1").setParameter(1, accountId).executeUpdate();
        if (minute == 1) {
            record(accountId, legId, unit, 1, 0, now);
            return true;
        }
        List<?> prices = em.createNativeQuery("SELECT unit_price FROM isv_account WHERE id = ?1")
                .setParameter(1, accountId).getResultList();
        Object[] leg = (Object[]) em.createNativeQuery("SELECT money_units, charged_fen FROM isv_conference_leg "
                + "WHERE id = ?1").setParameter(1, legId).getSingleResult();
        int moneyUnits = ((Number) leg[0]).intValue();
        long chargedFen = ((Number) leg[1]).longValue();
        if (!prices.isEmpty() && prices.get(0) != null) {
            long cost = fenFor(moneyUnits + 1, new BigDecimal(prices.get(0).toString())) - chargedFen;
            int paid = em.createNativeQuery("UPDATE isv_account SET money_fen = money_fen - ?2 WHERE id = ?1 "
                            + "AND money_fen >= ?2 AND money_fen > 0")
                    .setParameter(1, accountId).setParameter(2, Math.max(cost, 0)).executeUpdate();
            if (paid == 1) {
                em.createNativeQuery("UPDATE isv_conference_leg SET money_units = money_units + 1, "
                        + "charged_fen = charged_fen + ?2 WHERE id = ?1")
                        .setParameter(1, legId).setParameter(2, Math.max(cost, 0)).executeUpdate();
                record(accountId, legId, unit, 0, Math.max(cost, 0), now);
                return true;
            }
        }
        // Nothing left: the unit stays unpaid and no sweep comes back for it.
        em.createQuery("update ConferenceLeg l set l.chargedUnits = :prev, l.nextChargeAt = null where l.id = :id")
                .setParameter("prev", unit - 1).setParameter("id", legId).executeUpdate();
        return false;
    }

    private void record(Long accountId, Long legId, int unit, int minutes, long fen, Instant now) {
        em.createNativeQuery("INSERT INTO isv_charge (account_id, leg_id, unit_no, minutes, fen, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, accountId).setParameter(2, legId)
                .setParameter(3, unit).setParameter(4, minutes).setParameter(5, fen).setParameter(6, now)
                .executeUpdate();
    }

    /** Minutes and fen charged to an account so far (for the audit and ops). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long[] charged(Long accountId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(minutes), 0), COALESCE(SUM(fen), 0) "
                + "FROM isv_charge WHERE account_id = ?1").setParameter(1, accountId).getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
