package com.switchboard.billing.wallet;

import com.switchboard.billing.BillingCatalog;
import com.switchboard.billing.BillingSettings;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.Party;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A user's balances (voip.md VOIP-49/50): coins, gift coins and gift minutes in {@code billing_wallet}, packages in
 * {@code billing_package}, every credit and charge in {@code billing_ledger}. The wallet is created on first use with
 * the group's gift minutes, so a new user can place a first call.
 */
@Stateless
public class WalletService {
    static final String DTH_GROUP = "dth";
    /** VOIP-49. {@code lefts} is {@code null} for an unlimited package ("unlimit"). */
    public record Usage(Integer lefts, int gifts, int monthConsumed, LocalDate expires) {
    }

    /** VOIP-50. */
    public record Coins(BigDecimal coins, BigDecimal giftCoins, BigDecimal monthConsumed) {
    }

    /** How one unit of a call was paid: a package minute, a gift minute, or coins (gift coins first). */
    public record UnitPayment(int packageMinutes, int giftMinutes, BigDecimal coins) {
        static final UnitPayment FREE = new UnitPayment(0, 0, BigDecimal.ZERO.setScale(2));
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    BillingSettings settings;
    @Inject
    AccountDirectory accounts;
    @Inject
    WalletService self;
    @Inject
    BillingCatalog catalog;
    @Inject
    com.switchboard.billing.dth.DthBillingSystem dth;

    /** The zone of "this month" and of VOIP-54's times: configured, else the JVM's. */
    public ZoneId zone() {
        return settings.timeZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    /** Creates the user's wallet with the group's gift minutes unless it exists (safe when two requests race). */
    public void ensureWallet(Party user) {
        ensureWallet(user.id(), user.groupId());
    }

    public void ensureWallet(Long userId) {
        if (!exists(userId)) { // the group is the account feature's to tell, not a read of its table
            ensureWallet(userId, accounts.party(userId).map(Party::groupId)
                    .orElseThrow(() -> new IllegalStateException("no lwork user " + userId)));
        }
    }

    private void ensureWallet(Long userId, String groupId) {
        if (exists(userId)) {
            return;
        }
        try {
            self.create(userId, catalog.giftMinutes(groupId));
        } catch (PersistenceException | jakarta.ejb.EJBException raced) {
            if (!exists(userId)) {
                throw raced;
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(Long userId, int giftMinutes) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO billing_wallet (user_id, gift_minutes, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, userId).setParameter(2, giftMinutes).setParameter(3, now).executeUpdate();
        if (giftMinutes > 0) {
            ledger(userId, "GIFT_MINUTES", giftMinutes, BigDecimal.ZERO, "welcome", now);
        }
    }

    private boolean exists(Long userId) {
        return !em.createNativeQuery("SELECT 1 FROM billing_wallet WHERE user_id = ?1").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    /** VOIP-49 Package usage. */
    public Usage usage(Party user) {
        ensureWallet(user);
        Instant now = Instant.now();
        List<?> packages = em.createNativeQuery("SELECT monthly_limit, ends_at FROM billing_package WHERE user_id = ?1 "
                + "AND starts_at <= ?2 AND ends_at > ?2").setParameter(1, user.id()).setParameter(2, now)
                .getResultList();
        Integer lefts = 0;
        Instant expires = null;
        for (Object o : packages) {
            Object[] row = (Object[]) o;
            Instant ends = com.switchboard.platform.db.SqlValues.instant(row[1]);
            expires = expires == null || ends.isAfter(expires) ? ends : expires;
            if (row[0] == null) {
                lefts = null;
            } else if (lefts != null) {
                lefts += ((Number) row[0]).intValue();
            }
        }
        int used = -sumMinutes(user.id(), "PACKAGE_CHARGE", monthStart());
        int gifts = ((Number) em.createNativeQuery("SELECT gift_minutes FROM billing_wallet WHERE user_id = ?1")
                .setParameter(1, user.id()).getSingleResult()).intValue();
        // Minutes called this month, however they were paid.
        int consumed = ((Number) em.createNativeQuery("SELECT COALESCE(SUM(units), 0) FROM billing_call_leg "
                        + "WHERE user_id = ?1 AND answered_at >= ?2").setParameter(1, user.id())
                .setParameter(2, monthStart()).getSingleResult()).intValue();
        if (lefts != null && DTH_GROUP.equals(user.groupId())) {
            // VOIP-67: the billing system's figure for DTH accounts, when it answers.
            java.util.OptionalInt billed = dth.remainingMinutes(user.account());
            if (billed.isPresent()) {
                return new Usage(billed.getAsInt(), gifts, consumed,
                        expires == null ? null : expires.atZone(zone()).toLocalDate());
            }
        }
        return new Usage(lefts == null ? null : Math.max(0, lefts - used), gifts, consumed,
                expires == null ? null : expires.atZone(zone()).toLocalDate());
    }

    /** Package minutes left this month: {@code null} when a current package is unlimited. */
    public Integer packageMinutesLeft(Long userId, Instant now) {
        List<?> limits = em.createNativeQuery("SELECT monthly_limit FROM billing_package WHERE user_id = ?1 "
                + "AND starts_at <= ?2 AND ends_at > ?2").setParameter(1, userId).setParameter(2, now).getResultList();
        int total = 0;
        for (Object limit : limits) {
            if (limit == null) {
                return null;
            }
            total += ((Number) limit).intValue();
        }
        return total == 0 ? 0 : Math.max(0, total + sumMinutes(userId, "PACKAGE_CHARGE", monthStart()));
    }

    /**
     * Serialises every charge of the user's wallet until the transaction ends (a no-op update takes the row lock on
     * every database), so two calls of one user never spend the same minute.
     */
    public void lock(Long userId) {
        em.createNativeQuery("UPDATE billing_wallet SET gift_minutes = gift_minutes WHERE user_id = ?1")
                .setParameter(1, userId).executeUpdate();
    }

    /** Whether one unit at {@code rate} could be paid now (a call start's credit check). */
    public boolean canPayUnit(Long userId, BigDecimal rate) {
        if (rate.signum() == 0) {
            return true;
        }
        Integer left = packageMinutesLeft(userId, Instant.now());
        if (left == null || left > 0) {
            return true;
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT gift_minutes, gift_coins, coins FROM billing_wallet "
                + "WHERE user_id = ?1").setParameter(1, userId).getSingleResult();
        return ((Number) row[0]).intValue() > 0 || decimal(row[1]).add(decimal(row[2])).compareTo(rate) >= 0;
    }

    /**
     * Pays one unit at {@code rate} with the wallet locked ({@link #lock}): a package minute, else a gift minute,
     * else gift coins then coins; each with its ledger line. {@code null} when nothing can pay it (nothing changes).
     */
    public UnitPayment payUnit(Long userId, BigDecimal rate, String ref, Instant now) {
        if (rate.signum() == 0) {
            return UnitPayment.FREE;
        }
        Integer left = packageMinutesLeft(userId, now);
        if (left == null || left > 0) {
            ledger(userId, "PACKAGE_CHARGE", -1, BigDecimal.ZERO, ref, now);
            return new UnitPayment(1, 0, BigDecimal.ZERO.setScale(2));
        }
        if (em.createNativeQuery("UPDATE billing_wallet SET gift_minutes = gift_minutes - 1 WHERE user_id = ?1 "
                + "AND gift_minutes >= 1").setParameter(1, userId).executeUpdate() == 1) {
            ledger(userId, "GIFT_MINUTE_CHARGE", -1, BigDecimal.ZERO, ref, now);
            return new UnitPayment(0, 1, BigDecimal.ZERO.setScale(2));
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT gift_coins, coins FROM billing_wallet WHERE user_id = ?1")
                .setParameter(1, userId).getSingleResult();
        BigDecimal fromGift = decimal(row[0]).min(rate);
        BigDecimal fromCoins = rate.subtract(fromGift).setScale(2);
        if (fromCoins.compareTo(decimal(row[1])) > 0) {
            return null;
        }
        int changed = em.createNativeQuery("UPDATE billing_wallet SET gift_coins = gift_coins - ?2, "
                        + "coins = coins - ?3 WHERE user_id = ?1 AND gift_coins >= ?2 AND coins >= ?3")
                .setParameter(1, userId).setParameter(2, fromGift).setParameter(3, fromCoins).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("wallet of user " + userId + " changed while locked");
        }
        if (fromGift.signum() > 0) {
            ledger(userId, "GIFT_COIN_CHARGE", 0, fromGift.negate(), ref, now);
        }
        if (fromCoins.signum() > 0) {
            ledger(userId, "COIN_CHARGE", 0, fromCoins.negate(), ref, now);
        }
        return new UnitPayment(0, 0, rate.setScale(2));
    }

    /** VOIP-50 Coin balance. */
    public Coins coins(Party user) {
        ensureWallet(user);
        Object[] row = (Object[]) em.createNativeQuery("SELECT coins, gift_coins FROM billing_wallet WHERE user_id = ?1")
                .setParameter(1, user.id()).getSingleResult();
        Object spent = em.createNativeQuery("SELECT COALESCE(SUM(coins), 0) FROM billing_ledger WHERE user_id = ?1 "
                        + "AND kind IN ('COIN_CHARGE', 'GIFT_COIN_CHARGE') AND created_at >= ?2").setParameter(1, user.id())
                .setParameter(2, monthStart()).getSingleResult();
        return new Coins(decimal(row[0]), decimal(row[1]), decimal(spent).negate());
    }

    /** One line of the audit ledger: a credit (+) or charge (-) of minutes or coins, with what caused it. */
    public void ledger(Long userId, String kind, int minutes, BigDecimal coins, String ref, Instant at) {
        em.createNativeQuery("INSERT INTO billing_ledger (user_id, kind, minutes, coins, ref, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, userId).setParameter(2, kind)
                .setParameter(3, minutes).setParameter(4, coins).setParameter(5, ref).setParameter(6, at)
                .executeUpdate();
    }

    private int sumMinutes(Long userId, String kindLike, Instant since) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(SUM(minutes), 0) FROM billing_ledger WHERE user_id = ?1 "
                        + "AND kind LIKE ?2 AND created_at >= ?3").setParameter(1, userId).setParameter(2, kindLike)
                .setParameter(3, since).getSingleResult()).intValue();
    }

    private Instant monthStart() {
        return ZonedDateTime.now(zone()).toLocalDate().withDayOfMonth(1).atStartOfDay(zone()).toInstant();
    }

    public static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b.setScale(2) : new BigDecimal(o.toString()).setScale(2);
    }
}
