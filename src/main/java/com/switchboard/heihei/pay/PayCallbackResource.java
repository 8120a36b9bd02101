package com.switchboard.heihei.pay;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.pay.AlipayNotify;
import com.switchboard.platform.pay.AlipayVerifier;
import com.switchboard.platform.pay.WechatNotify;
import com.switchboard.platform.pay.WechatVerifier;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * HH-UNDOC-11/12: the providers' asynchronous payment notifications, the only way an Alipay or WeChat Pay order is
 * paid. Each answers in its provider's own terms: success once the order is paid by that payment (also when
 * repeated), failure otherwise so that the provider retries; nothing unverified is credited.
 */
@Path("api")
@RequestScoped
@Tag(name = "heihei payment", description = "heihei.md §10, §15")
public class PayCallbackResource {
    private static final Logger LOG = Logger.getLogger(PayCallbackResource.class.getName());

    @Inject
    RequestParams params;
    @Inject
    RechargeOrders orders;
    @Inject
    AlipayVerifier alipay;
    @Inject
    WechatVerifier wechat;

    /** HH-UNDOC-11 Alipay asynchronous notification. */
    @POST
    @Path("payment/alipaycallback")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "HH-UNDOC-11 Alipay asynchronous payment notification", description = "Alipay's RSA2-signed "
            + "form (trade_status, out_trade_no, trade_no, total_amount, app_id); replies success or failure.")
    public String alipayCallback() {
        var verified = alipay.verify(params.asText());
        if (verified.isEmpty()) {
            LOG.warning("heihei Alipay notification refused: signature, app_id or fields invalid");
            return "failure";
        }
        AlipayNotify.Verified n = verified.get();
        if (!n.paid()) {
            return "success";
        }
        long fen;
        try {
            fen = n.totalAmount().movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            return "failure";
        }
        return applied("Alipay", n.outTradeNo(), PayChannel.ALIPAY, n.tradeNo(), fen) ? "success" : "failure";
    }

    /** HH-UNDOC-12 WeChat Pay notification. */
    @POST
    @Path("payment/wepaycallback")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "HH-UNDOC-12 WeChat Pay payment notification", description = "WeChat Pay v2 signed XML; "
            + "replies WeChat's SUCCESS or FAIL XML.")
    public String wepayCallback() {
        var verified = WechatNotify.parse(params.xmlBody()).flatMap(wechat::verify);
        if (verified.isEmpty()) {
            LOG.warning("heihei WeChat Pay notification refused: body, signature or merchant invalid");
            return WechatNotify.failReply("signature invalid");
        }
        WechatNotify.Verified n = verified.get();
        if (!n.paid()) {
            return WechatNotify.SUCCESS_REPLY;
        }
        return applied("WeChat Pay", n.outTradeNo(), PayChannel.WECHAT, n.transactionId(), n.totalFee())
                ? WechatNotify.SUCCESS_REPLY : WechatNotify.failReply("not applied");
    }

    private boolean applied(String provider, String orderNo, PayChannel channel, String txn, long fen) {
        com.switchboard.platform.pay.Paid result;
        try {
            result = orders.pay(orderNo, channel, txn, fen);
        } catch (EJBException e) {
            // lost a race on the transaction's uniqueness: the provider retries and then sees the outcome
            result = null;
        }
        if (result == null || !result.applied()) {
            LOG.warning(provider + " notification for heihei order " + orderNo + " not applied: "
                    + (result == null ? "concurrent" : result.name().toLowerCase(Locale.ROOT)));
            return false;
        }
        return true;
    }
}
