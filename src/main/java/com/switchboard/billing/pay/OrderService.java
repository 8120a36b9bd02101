package com.switchboard.billing.pay;

import com.switchboard.billing.BillingCatalog;
import com.switchboard.billing.BillingSettings;
import com.switchboard.billing.wallet.WalletService;

import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.pay.Paid;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Orders (voip.md §7.1, VOIP-51..54): created here, paid once by a provider notification. */
@Stateless
public class OrderService {
    public static final Set<String> PAY_TYPES = Set.of("alipay", "wx", "apple");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter PAYID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** An order as its owner sees it; {@code product} is the package type, or the kind for coin orders. */
    public record Order(String payType, long moneyFen, String product) {
    }

    /** One row of VOIP-54. */
    public record Recharge(LocalDateTime at, BigDecimal money, BigDecimal coins) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    BillingSettings settings;
    @Inject
    BillingCatalog catalog;
    @Inject
    WalletService wallets;

    /** VOIP-51: coins for {@code money} yuan (any positive amount). */
    public String coinOrder(Party user, BigDecimal money) {
        // VOIP-51 names no provider: whichever one notifies the payment pays it.
        return create(user, "COINS", "any", money, catalog.coinsFor(money), null, null);
    }

    /** VOIP-52: the group's package whose price equals {@code money}; {@code invalid_money} when none does. */
    public String packageOrder(Party user, BigDecimal money, String groupId, String payType) {
        checkPayType(payType);
        JsonObject p = catalog.packageByPrice(groupId, money).orElseThrow(() -> new LworkFailure("invalid_money"));
        return create(user, "PACKAGE", payType, money, BigDecimal.ZERO, groupId, p.getString("type"));
    }

    /** VOIP-53: zhiyu's "zhi coins" for any positive {@code money}; no package is matched. */
    public String zhiCoinOrder(Party user, BigDecimal money, String groupId, String payType) {
        checkPayType(payType);
        return create(user, "ZY_COINS", payType, money, catalog.coinsFor(money), groupId, null);
    }

    /** The user's own order. */
    public java.util.Optional<Order> order(Party user, String payid) {
        List<?> found = em.createNativeQuery("SELECT pay_type, money_fen, kind, package_type FROM billing_order "
                + "WHERE payid = ?1 AND user_id = ?2").setParameter(1, payid).setParameter(2, user.id())
                .getResultList();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] o = (Object[]) found.get(0);
        String product = o[3] != null ? (String) o[3] : ((String) o[2]).toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of(new Order((String) o[0], ((Number) o[1]).longValue(), product));
    }


    /**
     * Marks the order paid exactly once, by a conditional update on its state and amount, and credits it in the same
     * transaction; a repeated notification of the same payment is {@link Paid#ALREADY}.
     *
     * @param provider {@code alipay}, {@code wx} or {@code apple}
     * @param txn      the provider's transaction id (unique per provider: a reused one cannot pay another order)
     */
    public Paid pay(String payid, String provider, String txn, long amountFen) {
        List<?> found = em.createNativeQuery("SELECT id, user_id, kind, pay_type, money_fen, coins, group_id, "
                + "package_type, state, provider_txn FROM billing_order WHERE payid = ?1").setParameter(1, payid)
                .getResultList();
        if (found.isEmpty()) {
            return Paid.UNKNOWN_ORDER;
        }
        Object[] o = (Object[]) found.get(0);
        long moneyFen = ((Number) o[4]).longValue();
        if ("paid".equals(o[8])) {
            return provider.equals(o[3]) && txn.equals(o[9]) ? Paid.ALREADY : Paid.NOT_PAYABLE;
        }
        if (moneyFen != amountFen) {
            return Paid.AMOUNT_MISMATCH;
        }
        if (!"any".equals(o[3]) && !provider.equals(o[3])) {
            return Paid.NOT_PAYABLE;
        }
        if (!em.createNativeQuery("SELECT 1 FROM billing_order WHERE pay_type = ?1 AND provider_txn = ?2")
                .setParameter(1, provider).setParameter(2, txn).getResultList().isEmpty()) {
            return Paid.TXN_REUSED;
        }
        Instant now = Instant.now();
        int won = em.createNativeQuery("UPDATE billing_order SET state = 'paid', pay_type = ?2, provider_txn = ?3, "
                        + "paid_at = ?4 WHERE id = ?1 AND state IN ('created', 'expired')").setParameter(1, o[0])
                .setParameter(2, provider).setParameter(3, txn).setParameter(4, now).executeUpdate();
        if (won == 0) {
            // A concurrent notification got there first (its transaction credits); the same payment is ALREADY.
            Object[] now2 = (Object[]) em.createNativeQuery("SELECT pay_type, provider_txn FROM billing_order "
                    + "WHERE id = ?1").setParameter(1, o[0]).getSingleResult();
            return provider.equals(now2[0]) && txn.equals(now2[1]) ? Paid.ALREADY : Paid.NOT_PAYABLE;
        }
        Long userId = ((Number) o[1]).longValue();
        String kind = (String) o[2];
        wallets.ensureWallet(userId);
        if ("PACKAGE".equals(kind)) {
            JsonObject p = catalog.packages((String) o[6]).getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.getString("type").equals(o[7])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package " + o[7] + " no longer configured"));
            Integer limit = p.get("limit") instanceof jakarta.json.JsonNumber n ? n.intValue() : null;
            Instant ends = now.atZone(wallets.zone()).plusMonths(p.getInt("cycles")).toInstant();
            em.createNativeQuery("INSERT INTO billing_package (user_id, order_id, type, monthly_limit, starts_at, "
                            + "ends_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, userId)
                    .setParameter(2, o[0]).setParameter(3, o[7]).setParameter(4, limit).setParameter(5, now)
                    .setParameter(6, ends).executeUpdate();
            wallets.ledger(userId, "PACKAGE_CREDIT", 0, BigDecimal.ZERO, payid, now);
        } else {
            BigDecimal coins = WalletService.decimal(o[5]);
            if ("COINS".equals(kind)) {
                em.createNativeQuery("UPDATE billing_wallet SET coins = coins + ?2 WHERE user_id = ?1")
                        .setParameter(1, userId).setParameter(2, coins).executeUpdate();
            }
            wallets.ledger(userId, "COINS".equals(kind) ? "COIN_CREDIT" : "ZY_COIN_CREDIT", 0, coins, payid, now);
        }
        return Paid.PAID;
    }

    /**
     * voip.md §7.1: orders unpaid for {@code switchboard.billing.order-expiry-seconds} become {@code expired}. A
     * provider's genuine notification still pays an expired order: the money was taken, so it is credited, not lost.
     */
    public int expireUnpaid() {
        return em.createNativeQuery("UPDATE billing_order SET state = 'expired' WHERE state = 'created' "
                + "AND created_at < ?1").setParameter(1,
                        Instant.now().minusSeconds(settings.orderExpirySeconds)).executeUpdate();
    }

    /** An order's state ({@code created}, {@code paid}, {@code expired}), for operators. */
    public java.util.Optional<String> state(String payid) {
        List<?> found = em.createNativeQuery("SELECT state FROM billing_order WHERE payid = ?1")
                .setParameter(1, payid).getResultList();
        return found.stream().findFirst().map(String.class::cast);
    }

    /** VOIP-54: paid orders, newest first, in the billing zone. */
    public List<Recharge> recharges(Party user) {
        List<Recharge> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT paid_at, money_fen, coins FROM billing_order WHERE user_id = ?1 "
                + "AND state = 'paid' ORDER BY paid_at DESC, id DESC").setParameter(1, user.id()).setMaxResults(500)
                .getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new Recharge(LocalDateTime.ofInstant(com.switchboard.platform.db.SqlValues.instant(row[0]), wallets.zone()),
                    BigDecimal.valueOf(((Number) row[1]).longValue(), 2), WalletService.decimal(row[2])));
        }
        return out;
    }

    private String create(Party user, String kind, String payType, BigDecimal money, BigDecimal coins,
                          String groupId, String packageType) {
        long moneyFen = fen(money);
        Instant now = Instant.now();
        String payid = PAYID_TIME.format(LocalDateTime.ofInstant(now, wallets.zone()))
                + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
        em.createNativeQuery("INSERT INTO billing_order (payid, user_id, kind, pay_type, money_fen, coins, group_id, "
                        + "package_type, state, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'created', ?9)")
                .setParameter(1, payid).setParameter(2, user.id()).setParameter(3, kind).setParameter(4, payType)
                .setParameter(5, moneyFen).setParameter(6, coins).setParameter(7, groupId)
                .setParameter(8, packageType).setParameter(9, now).executeUpdate();
        return payid;
    }

    /** Yuan to fen, exactly: positive, at most two decimals, at most a million yuan. */
    static long fen(BigDecimal money) {
        if (money == null || money.signum() <= 0 || money.stripTrailingZeros().scale() > 2
                || money.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new LworkFailure("invalid_money");
        }
        return money.movePointRight(2).longValueExact();
    }

    private static void checkPayType(String payType) {
        if (!PAY_TYPES.contains(payType)) {
            throw ApiFailure.invalidParams("pay_type must be alipay, wx or apple");
        }
    }
}
