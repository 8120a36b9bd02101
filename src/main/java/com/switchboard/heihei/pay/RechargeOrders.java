package com.switchboard.heihei.pay;

import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.platform.pay.Paid;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Recharge orders (HH-PAY-02/03): created here, paid once by a verified provider payment. The once-only step is a
 * conditional update of the order's state; the diamonds are credited in the same transaction.
 */
@Stateless
public class RechargeOrders {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** An order as its owner and the providers see it. */
    public record Order(String orderNo, long userId, PayChannel channel, String productId, long gold, long payMoney,
                        String state) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    HeiheiWalletService wallets;

    /** A new order with an unguessable number. */
    public Order create(long userId, PayPackages.Recharge pkg, PayChannel channel) {
        String orderNo = "HH" + ORDER_TIME.format(Instant.now()) + String.format("%012d",
                RANDOM.nextLong(1_000_000_000_000L));
        em.createNativeQuery("INSERT INTO hh_pay_order (order_no, user_id, channel, package_id, product_id, gold, "
                        + "pay_money, state, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'created', ?8)")
                .setParameter(1, orderNo).setParameter(2, userId).setParameter(3, channel.wire())
                .setParameter(4, pkg.id()).setParameter(5, pkg.productId()).setParameter(6, (long) pkg.gold())
                .setParameter(7, (long) pkg.payMoney()).setParameter(8, Instant.now()).executeUpdate();
        return new Order(orderNo, userId, channel, pkg.productId(), pkg.gold(), pkg.payMoney(), "created");
    }

    public Optional<Order> find(String orderNo) {
        List<?> found = em.createNativeQuery("SELECT order_no, user_id, channel, product_id, gold, pay_money, state "
                + "FROM hh_pay_order WHERE order_no = ?1").setParameter(1, orderNo).getResultList();
        return found.stream().findFirst().map(o -> {
            Object[] r = (Object[]) o;
            return new Order((String) r[0], ((Number) r[1]).longValue(), PayChannel.of((String) r[2]),
                    (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (String) r[6]);
        });
    }

    /** HH-PAY-03 status 2: the client gave up; a genuine payment arriving later still pays the order. */
    public void failed(String orderNo) {
        em.createNativeQuery("UPDATE hh_pay_order SET state = 'failed' WHERE order_no = ?1 AND state = 'created'")
                .setParameter(1, orderNo).executeUpdate();
    }

    /**
     * Pays the order once, for exactly its amount, through its own channel, by a provider transaction that paid no
     * other order; a repeat of the same payment is {@link Paid#ALREADY}.
     */
    public Paid pay(String orderNo, PayChannel channel, String txn, long amountFen) {
        if (orderNo == null || txn == null || txn.isBlank() || txn.length() > 64) {
            return Paid.UNKNOWN_ORDER;
        }
        List<?> found = em.createNativeQuery("SELECT id, user_id, channel, gold, pay_money, state, provider_txn "
                + "FROM hh_pay_order WHERE order_no = ?1").setParameter(1, orderNo).getResultList();
        if (found.isEmpty()) {
            return Paid.UNKNOWN_ORDER;
        }
        Object[] o = (Object[]) found.get(0);
        if ("paid".equals(o[5])) {
            return samePayment(o[2], o[6], channel, txn) ? Paid.ALREADY : Paid.NOT_PAYABLE;
        }
        if (((Number) o[4]).longValue() != amountFen) {
            return Paid.AMOUNT_MISMATCH;
        }
        if (!channel.wire().equals(o[2])) {
            return Paid.NOT_PAYABLE;
        }
        if (!em.createNativeQuery("SELECT 1 FROM hh_pay_order WHERE channel = ?1 AND provider_txn = ?2 AND id <> ?3")
                .setParameter(1, channel.wire()).setParameter(2, txn).setParameter(3, o[0]).getResultList()
                .isEmpty()) {
            return Paid.TXN_REUSED;
        }
        int won = em.createNativeQuery("UPDATE hh_pay_order SET state = 'paid', provider_txn = ?2, paid_at = ?3 "
                        + "WHERE id = ?1 AND state IN ('created', 'failed')").setParameter(1, o[0])
                .setParameter(2, txn).setParameter(3, Instant.now()).executeUpdate();
        if (won == 0) {
            // A concurrent notification won (its transaction credits): the same payment is ALREADY.
            Object[] now = (Object[]) em.createNativeQuery("SELECT channel, provider_txn FROM hh_pay_order "
                    + "WHERE id = ?1").setParameter(1, o[0]).getSingleResult();
            return samePayment(now[0], now[1], channel, txn) ? Paid.ALREADY : Paid.NOT_PAYABLE;
        }
        wallets.credit(((Number) o[1]).longValue(), ((Number) o[3]).longValue(), 0, "recharge", orderNo);
        return Paid.PAID;
    }

    private static boolean samePayment(Object orderChannel, Object orderTxn, PayChannel channel, String txn) {
        return channel.wire().equals(orderChannel) && txn.equals(orderTxn);
    }
}
