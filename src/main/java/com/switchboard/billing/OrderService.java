package com.switchboard.billing;

import com.switchboard.account.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.platform.wire.ApiFailure;
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

    /** One row of VOIP-54. */
    public record Recharge(LocalDateTime at, BigDecimal money, BigDecimal coins) {
    }

    @PersistenceContext
    EntityManager em;
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

    /** VOIP-54: paid orders, newest first, in the billing zone. */
    public List<Recharge> recharges(Party user) {
        List<Recharge> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT paid_at, money_fen, coins FROM billing_order WHERE user_id = ?1 "
                + "AND state = 'paid' ORDER BY paid_at DESC, id DESC").setParameter(1, user.id()).setMaxResults(500)
                .getResultList()) {
            Object[] row = (Object[]) o;
            out.add(new Recharge(LocalDateTime.ofInstant(WalletService.instant(row[0]), wallets.zone()),
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
