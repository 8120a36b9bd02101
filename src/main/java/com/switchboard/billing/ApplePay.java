package com.switchboard.billing;

import com.switchboard.account.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.billing.pay.AppleReceipts;
import com.switchboard.billing.pay.AppleVerifyReceiptClient;
import com.switchboard.billing.pay.OfflineAppleReceipts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

/**
 * VOIP-57: an in-app purchase is paid by a receipt Apple validates. The receipt is checked with Apple first (outside
 * any transaction), then the order is paid once by the first purchase of the right product whose transaction id no
 * other order has used.
 */
@ApplicationScoped
public class ApplePay {
    @Inject
    OrderService orders;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.verify-url")
    Optional<String> verifyUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.sandbox-url")
    Optional<String> sandboxUrl;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.shared-secret")
    Optional<String> sharedSecret;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.bundle-id")
    Optional<String> bundleId;
    @Inject
    @ConfigProperty(name = "switchboard.pay.apple.product-prefix")
    Optional<String> productPrefix;

    private AppleReceipts receipts;

    @PostConstruct
    void start() {
        receipts = verifyUrl.filter(u -> !u.isBlank())
                .<AppleReceipts>map(u -> new AppleVerifyReceiptClient(URI.create(u),
                        sandboxUrl.filter(s -> !s.isBlank()).map(URI::create).orElse(null), sharedSecret.orElse(null)))
                .orElseGet(OfflineAppleReceipts::new);
    }

    public void pay(Party user, String payid, BigDecimal money, String receipt) {
        OrderService.Order order = orders.order(user, payid).filter(o -> "apple".equals(o.payType()))
                .orElseThrow(() -> new LworkFailure("payid_not_exist"));
        if (OrderService.fen(money) != order.moneyFen()) {
            throw new LworkFailure("invalid_money");
        }
        AppleReceipts.Receipt validated = receipts.verify(receipt)
                .filter(r -> r.bundleId().equals(bundleId.orElse(null)))
                .orElseThrow(() -> new LworkFailure("receipt_invalid"));
        String product = productPrefix.orElse("") + order.product();
        for (AppleReceipts.Purchase p : validated.purchases()) {
            if (!p.productId().equals(product) || p.transactionId().isBlank()) {
                continue;
            }
            OrderService.Paid paid = orders.pay(payid, "apple", p.transactionId(), order.moneyFen());
            if (paid == OrderService.Paid.PAID || paid == OrderService.Paid.ALREADY) {
                return;
            }
        }
        throw new LworkFailure("receipt_invalid");
    }
}
