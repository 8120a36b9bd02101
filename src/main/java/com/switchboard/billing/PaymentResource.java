package com.switchboard.billing;

import com.switchboard.billing.pay.AlipayNotify;
import com.switchboard.platform.binding.RequestParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Payment providers' notifications (voip.md VOIP-55..57), each answered the way its provider expects. */
@Path("lwork/mobile1/paytest/package_pay")
@RequestScoped
public class PaymentResource {
    private static final Logger LOG = Logger.getLogger(PaymentResource.class.getName());

    @Inject
    RequestParams params;
    @Inject
    OrderService orders;
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.public-key")
    Optional<String> alipayPublicKey;
    @Inject
    @ConfigProperty(name = "switchboard.pay.alipay.app-id", defaultValue = "")
    String alipayAppId;

    private PublicKey alipayKey;

    @PostConstruct
    void keys() {
        alipayKey = alipayPublicKey.filter(k -> !k.isBlank()).map(AlipayNotify::publicKey).orElse(null);
    }

    /**
     * VOIP-55 Alipay payment notification: {@code success} once the order is paid by it (also when repeated),
     * {@code failure} otherwise, so Alipay retries what we could not take; nothing is credited unless verified.
     */
    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "VOIP-55 Alipay asynchronous notification (RSA2-signed form); replies success or failure")
    public String alipay() {
        Map<String, String> form = new HashMap<>();
        params.raw().forEach((k, v) -> form.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        var verified = AlipayNotify.verify(form, alipayKey, alipayAppId);
        if (verified.isEmpty()) {
            LOG.warning("Alipay notification refused: signature, app_id or fields invalid");
            return "failure";
        }
        AlipayNotify.Verified n = verified.get();
        if (!n.paid()) {
            return "success"; // WAIT_BUYER_PAY, TRADE_CLOSED: nothing to do, and nothing to retry
        }
        long fen;
        try {
            fen = n.totalAmount().movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            return "failure";
        }
        OrderService.Paid result = orders.pay(n.outTradeNo(), "alipay", n.tradeNo(), fen);
        if (result != OrderService.Paid.PAID && result != OrderService.Paid.ALREADY) {
            LOG.warning("Alipay notification for " + n.outTradeNo() + " not applied: " + result);
            return "failure";
        }
        return "success";
    }
}
