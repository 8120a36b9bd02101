package com.switchboard.heihei.wallet;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every wallet against its ledger: diamonds, tickets and reserved tickets must equal the sum of their ledger rows,
 * diamonds spent must equal the sum of the negative diamond rows, tickets earned the sum of the gift rows.
 */
@Stateless
public class WalletAudit {
    /** One number that does not add up. */
    public record Mismatch(long userId, String field, long wallet, long ledger) {
    }

    /** The audit: how many wallets were checked, what did not add up, and the ledger's totals per currency and reason. */
    public record Report(int wallets, List<Mismatch> mismatches, Map<String, Map<String, Long>> totals) {
    }

    @PersistenceContext
    EntityManager em;

    public Report run() {
        Map<Long, long[]> sums = new HashMap<>();
        Map<String, Map<String, Long>> totals = new TreeMap<>();
        for (Object o : em.createNativeQuery("SELECT user_id, currency, reason, SUM(delta) FROM hh_ledger "
                + "GROUP BY user_id, currency, reason").getResultList()) {
            Object[] r = (Object[]) o;
            long user = ((Number) r[0]).longValue();
            String currency = (String) r[1];
            String reason = (String) r[2];
            long sum = ((Number) r[3]).longValue();
            long[] s = sums.computeIfAbsent(user, u -> new long[5]);
            switch (currency) {
                case LedgerEntry.GOLD -> s[0] += sum;
                case LedgerEntry.POINT -> s[1] += sum;
                case LedgerEntry.RESERVED -> s[2] += sum;
                default -> {
                }
            }
            totals.computeIfAbsent(currency, c -> new TreeMap<>()).merge(reason, sum, Long::sum);
        }
        for (Object o : em.createNativeQuery("SELECT user_id, SUM(delta) FROM hh_ledger WHERE currency = 'gold' "
                + "AND delta < 0 GROUP BY user_id").getResultList()) {
            Object[] r = (Object[]) o;
            sums.computeIfAbsent(((Number) r[0]).longValue(), u -> new long[5])[3] = -((Number) r[1]).longValue();
        }
        for (Object o : em.createNativeQuery("SELECT user_id, SUM(delta) FROM hh_ledger WHERE currency = 'point' "
                + "AND reason = 'gift' GROUP BY user_id").getResultList()) {
            Object[] r = (Object[]) o;
            sums.computeIfAbsent(((Number) r[0]).longValue(), u -> new long[5])[4] = ((Number) r[1]).longValue();
        }
        List<Mismatch> mismatches = new ArrayList<>();
        List<Wallet> wallets = em.createQuery("select w from Wallet w", Wallet.class).getResultList();
        for (Wallet w : wallets) {
            long[] s = sums.getOrDefault(w.userId(), new long[5]);
            check(mismatches, w.userId(), "gold", w.gold(), s[0]);
            check(mismatches, w.userId(), "point", w.point(), s[1]);
            check(mismatches, w.userId(), "reservedPoint", w.reservedPoint(), s[2]);
            check(mismatches, w.userId(), "allOutlayGold", w.allOutlayGold(), s[3]);
            check(mismatches, w.userId(), "allEarnPoint", w.allEarnPoint(), s[4]);
        }
        return new Report(wallets.size(), mismatches, totals);
    }

    private static void check(List<Mismatch> out, long user, String field, long wallet, long ledger) {
        if (wallet != ledger) {
            out.add(new Mismatch(user, field, wallet, ledger));
        }
    }
}
