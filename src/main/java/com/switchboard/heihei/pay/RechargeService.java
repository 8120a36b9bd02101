package com.switchboard.heihei.pay;

import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.pay.AlipayAppPay;
import com.switchboard.platform.pay.AppleReceipts;
import com.switchboard.platform.pay.WechatAppPay;
import com.switchboard.platform.pay.WechatUnifiedOrder;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * HH-PAY-01..03: what each payment SDK needs to pay an order, and the client's word on it, which never credits by
 * itself. Alipay and WeChat Pay orders are paid by their signed notifications ({@link PayCallbackResource}); an IAP
 * order by a receipt Apple validates, naming our bundle and the order's product, with a transaction no other order
 * used. Not an EJB: the providers are asked outside any transaction, each database step is its own.
 */
@ApplicationScoped
public class RechargeService {
    private static final DateTimeFormatter ALIPAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** HH-PAY-02's reply. */
    public record Created(String order, String data, String productId) {
    }

    @Inject
    PayPackages packages;
    @Inject
    RechargeOrders orders;
    @Inject
    HeiheiPaySettings settings;
    @Inject
    AlipayAppPay alipay;
    @Inject
    WechatAppPay wechat;
    @Inject
    AppleReceipts apple;

    /** @param base this service's public URL, where the providers' notifications are sent */
    public Created create(long userId, int packageId, PayChannel channel, String base, String clientIp) {
        PayPackages.Recharge pkg = packages.recharge(packageId, channel)
                .orElseThrow(() -> new HeiheiFailure(726, "invalid packageId"));
        RechargeOrders.Order order = orders.create(userId, pkg, channel);
        String data = switch (channel) {
            case ALIPAY -> alipay.orderString(order.orderNo(), BigDecimal.valueOf(pkg.payMoney(), 2).toPlainString(),
                    settings.subject(), base + "/api/payment/alipaycallback", ALIPAY_TIME.format(Instant.now()));
            case WECHAT -> {
                var params = wechat.order(new WechatUnifiedOrder.Request(order.orderNo(), pkg.payMoney(),
                        settings.subject(), base + "/api/payment/wepaycallback", clientIp))
                        .orElseThrow(() -> new HeiheiFailure(400, "微信支付下单失败，请稍后再试"));
                JsonObjectBuilder json = Jsons.createObjectBuilder();
                params.forEach(json::add);
                yield json.build().toString();
            }
            case IAP -> String.format("userId=%s&packageId=%s&channel=%s&payMoney=%s", userId, pkg.id(),
                    channel.wire(), pkg.payMoney());
        };
        return new Created(order.orderNo(), data, pkg.productId());
    }

    /**
     * HH-PAY-03: 727 for an order that is not the caller's; status 2 marks it failed; status 1 pays an IAP order by
     * its receipt (400 when Apple does not confirm it) and leaves Alipay and WeChat orders to their notifications.
     */
    public String clientNotify(long userId, String orderNo, String status, String data) {
        RechargeOrders.Order order = orders.find(orderNo).filter(o -> o.userId() == userId)
                .orElseThrow(() -> new HeiheiFailure(727, "invalid order"));
        if (!"1".equals(status) && !"2".equals(status)) {
            throw HeiheiFailure.badParam("status must be 1 (paid) or 2 (failed)");
        }
        if ("2".equals(status)) {
            orders.failed(orderNo);
        } else if (order.channel() == PayChannel.IAP && !"paid".equals(order.state())) {
            payByReceipt(order, data);
        }
        return orderNo;
    }

    private void payByReceipt(RechargeOrders.Order order, String receipt) {
        AppleReceipts.Receipt validated = apple.verify(receipt)
                .filter(r -> r.bundleId().equals(settings.appleBundleId()))
                .orElseThrow(() -> new HeiheiFailure(400, "支付凭证无效"));
        for (AppleReceipts.Purchase p : validated.purchases()) {
            if (p.productId().equals(order.productId()) && !p.transactionId().isBlank() && paid(order, p)) {
                return;
            }
        }
        throw new HeiheiFailure(400, "支付凭证无效");
    }

    private boolean paid(RechargeOrders.Order order, AppleReceipts.Purchase p) {
        try {
            return orders.pay(order.orderNo(), PayChannel.IAP, p.transactionId(), order.payMoney()).applied();
        } catch (EJBException e) {
            // the same transaction paying another order at this moment: that order has it
            return false;
        }
    }
}
