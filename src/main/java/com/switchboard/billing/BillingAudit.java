package com.switchboard.billing;

import jakarta.ejb.Stateless;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The balance audit: every wallet balance must equal the sum of its ledger lines, every charged call leg must match
 * the ledger's charges, and every paid order its credit. Read in one transaction, so it is one consistent picture.
 */
@Stateless
public class BillingAudit {
    @PersistenceContext
    EntityManager em;

    /** Per user: what the balances say and what the ledger, call legs and orders add up to; mismatches listed. */
    public JsonObject audit(Long onlyUser) {
        String where = onlyUser == null ? "" : " WHERE user_id = " + onlyUser;
        String and = onlyUser == null ? "" : " AND user_id = " + onlyUser;
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        put(figures, "SELECT user_id, coins, gift_coins, gift_minutes FROM billing_wallet" + where,
                "wallet.coins", "wallet.gift_coins", "wallet.gift_minutes");
        put(figures, "SELECT user_id, "
                        + "SUM(CASE WHEN kind IN ('COIN_CREDIT', 'COIN_CHARGE') THEN coins ELSE 0 END), "
                        + "SUM(CASE WHEN kind LIKE 'GIFT_COIN%' THEN coins ELSE 0 END), "
                        + "SUM(CASE WHEN kind IN ('GIFT_MINUTES', 'GIFT_MINUTE_CHARGE') THEN minutes ELSE 0 END), "
                        + "-SUM(CASE WHEN kind = 'PACKAGE_CHARGE' THEN minutes ELSE 0 END), "
                        + "-SUM(CASE WHEN kind = 'GIFT_MINUTE_CHARGE' THEN minutes ELSE 0 END), "
                        + "-SUM(CASE WHEN kind IN ('COIN_CHARGE', 'GIFT_COIN_CHARGE') THEN coins ELSE 0 END), "
                        + "SUM(CASE WHEN kind = 'COIN_CREDIT' THEN coins ELSE 0 END), "
                        + "SUM(CASE WHEN kind = 'PACKAGE_CREDIT' THEN 1 ELSE 0 END) "
                        + "FROM billing_ledger" + where + " GROUP BY user_id",
                "ledger.coins", "ledger.gift_coins", "ledger.gift_minutes", "ledger.package_minutes_charged",
                "ledger.gift_minutes_charged", "ledger.coins_charged", "ledger.coins_credited",
                "ledger.packages_credited");
        put(figures, "SELECT user_id, SUM(pkg_minutes), SUM(gift_minutes), SUM(coins), SUM(units), "
                        + "SUM(unpaid_units) FROM billing_call_leg" + where + " GROUP BY user_id",
                "calls.package_minutes", "calls.gift_minutes", "calls.coins", "calls.units", "calls.unpaid_units");
        put(figures, "SELECT user_id, SUM(CASE WHEN kind = 'COINS' THEN coins ELSE 0 END), "
                        + "SUM(CASE WHEN kind = 'PACKAGE' THEN 1 ELSE 0 END) FROM billing_order "
                        + "WHERE state = 'paid'" + and + " GROUP BY user_id",
                "orders.coins", "orders.packages");
        put(figures, "SELECT user_id, COUNT(*) FROM billing_package" + where + " GROUP BY user_id",
                "packages.count");

        String[][] rules = {
                {"wallet.coins", "ledger.coins"},
                {"wallet.gift_coins", "ledger.gift_coins"},
                {"wallet.gift_minutes", "ledger.gift_minutes"},
                {"calls.package_minutes", "ledger.package_minutes_charged"},
                {"calls.gift_minutes", "ledger.gift_minutes_charged"},
                {"calls.coins", "ledger.coins_charged"},
                {"orders.coins", "ledger.coins_credited"},
                {"orders.packages", "ledger.packages_credited"},
                {"packages.count", "ledger.packages_credited"}};
        JsonArrayBuilder mismatches = Jsons.createArrayBuilder();
        JsonArrayBuilder users = Jsons.createArrayBuilder();
        boolean consistent = true;
        for (Long user : new TreeSet<>(figures.keySet())) {
            Map<String, BigDecimal> f = figures.get(user);
            JsonObjectBuilder row = Jsons.createObjectBuilder().add("uuid", String.valueOf(user));
            for (String name : new TreeSet<>(f.keySet())) {
                row.add(name, f.get(name));
            }
            users.add(row);
            for (String[] rule : rules) {
                BigDecimal a = f.getOrDefault(rule[0], BigDecimal.ZERO);
                BigDecimal b = f.getOrDefault(rule[1], BigDecimal.ZERO);
                if (a.compareTo(b) != 0) {
                    consistent = false;
                    mismatches.add(Jsons.createObjectBuilder().add("uuid", String.valueOf(user))
                            .add(rule[0], a).add(rule[1], b));
                }
            }
        }
        return Jsons.createObjectBuilder().add("consistent", consistent).add("users", users)
                .add("mismatches", mismatches).build();
    }

    private void put(Map<Long, Map<String, BigDecimal>> figures, String sql, String... names) {
        for (Object o : (List<?>) em.createNativeQuery(sql).getResultList()) {
            Object[] row = (Object[]) o;
            Map<String, BigDecimal> f = figures.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>());
            for (int i = 0; i < names.length; i++) {
                f.put(names[i], row[i + 1] == null ? BigDecimal.ZERO
                        : new BigDecimal(row[i + 1].toString()).stripTrailingZeros());
            }
        }
    }
}
