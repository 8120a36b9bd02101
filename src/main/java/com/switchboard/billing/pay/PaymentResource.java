package com.switchboard.billing.pay;

import com.switchboard.platform.pay.AlipayNotify;
import com.switchboard.platform.pay.Paid;
import com.switchboard.platform.pay.AlipayVerifier;
import com.switchboard.platform.pay.WechatNotify;
import com.switchboard.platform.pay.WechatVerifier;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    ApplePay applePay;
    @Inject
    com.switchboard.account.LworkCallers callers;
    @Inject
    AlipayVerifier alipay;
    @Inject
    WechatVerifier wechat;

    /**
     * VOIP-55 Alipay payment notification: {@code success} once the order is paid by it (also when repeated),
     * {@code failure} otherwise, so Alipay retries what we could not take; nothing is credited unless verified.
     */
    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "VOIP-55 Alipay asynchronous notification (RSA2-signed form); replies success or failure")
    public String alipay() {
        var verified = alipay.verify(params.asText());
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
        Paid result = orders.pay(n.outTradeNo(), "alipay", n.tradeNo(), fen);
        if (!result.applied()) {
            LOG.warning("Alipay notification for " + n.outTradeNo() + " not applied: " + result);
            return "failure";
        }
        return "success";
    }

    /**
     * VOIP-56 WeChat Pay notification, at {@code …/package_pay/wx} and the seed's {@code …/package_pay/ wx}: WeChat's
     * XML success reply once the order is paid by it (also when repeated), its FAIL reply otherwise.
     */
    @POST
    @Path("{channel:(\\s|%20)?wx}")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "VOIP-56 WeChat Pay notification (signed XML); replies WeChat's SUCCESS or FAIL XML")
    public String wechat(@Parameter(description = "wx, or the seed's \" wx\" (%20wx)") @PathParam("channel")
                         String channel) {
        var fields = WechatNotify.parse(params.xmlBody());
        var verified = fields.flatMap(wechat::verify);
        if (verified.isEmpty()) {
            LOG.warning("WeChat Pay notification refused: body, signature or merchant invalid");
            return WechatNotify.failReply("signature invalid");
        }
        WechatNotify.Verified n = verified.get();
        if (!n.paid()) {
            return WechatNotify.SUCCESS_REPLY;
        }
        Paid result = orders.pay(n.outTradeNo(), "wx", n.transactionId(), n.totalFee());
        if (!result.applied()) {
            LOG.warning("WeChat Pay notification for " + n.outTradeNo() + " not applied: " + result);
            return WechatNotify.failReply(result.name().toLowerCase(java.util.Locale.ROOT));
        }
        return WechatNotify.SUCCESS_REPLY;
    }

    public record AppleReceipt(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 32) String uuid,
                               @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40) String payid,
                               @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 128) String device_id,
                               @jakarta.validation.constraints.NotNull java.math.BigDecimal money,
                               @jakarta.validation.constraints.NotBlank
                               @jakarta.validation.constraints.Size(max = 200_000) String receipt) {
    }

    /** VOIP-57 Apple in-app purchase: the app sends the receipt; Apple validates it; the order is paid once. */
    @POST
    @Path("apple")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VOIP-57 Apple in-app purchase receipt (reasons payid_not_exist, receipt_invalid, "
            + "invalid_money)")
    public jakarta.json.JsonObject apple() {
        AppleReceipt r = params.bind(AppleReceipt.class);
        var user = callers.user(r.uuid());
        applePay.pay(user, r.payid(), r.money(), r.receipt());
        return com.switchboard.platform.wire.LworkDialect.ok().build();
    }
}
