package com.switchboard.billing.pay;

import com.switchboard.platform.pay.PaySettings;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.platform.pay.AppleReceipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/**
 * VOIP-57: an in-app purchase is paid by a receipt Apple validates. The receipt is checked with Apple first (outside
 * any transaction), then the order is paid once by the first purchase of the right product whose transaction id no
 * other order has used.
 */
@ApplicationScoped
public class ApplePay {
    @Inject
    PaySettings pay;
    @Inject
    OrderService orders;
    @Inject
    AppleReceipts receipts;

    public void pay(Party user, String payid, BigDecimal money, String receipt) {
        OrderService.Order order = orders.order(user, payid).filter(o -> "apple".equals(o.payType()))
                .orElseThrow(() -> new LworkFailure("payid_not_exist"));
        if (OrderService.fen(money) != order.moneyFen()) {
            throw new LworkFailure("invalid_money");
        }
        AppleReceipts.Receipt validated = receipts.verify(receipt)
                .filter(r -> r.bundleId().equals(pay.appleBundleId().orElse(null)))
                .orElseThrow(() -> new LworkFailure("receipt_invalid"));
        String product = pay.appleProductPrefix() + order.product();
        for (AppleReceipts.Purchase p : validated.purchases()) {
            if (!p.productId().equals(product) || p.transactionId().isBlank()) {
                continue;
            }
            com.switchboard.platform.pay.Paid paid = orders.pay(payid, "apple", p.transactionId(), order.moneyFen());
            if (paid.applied()) {
                return;
            }
        }
        throw new LworkFailure("receipt_invalid");
    }
}
