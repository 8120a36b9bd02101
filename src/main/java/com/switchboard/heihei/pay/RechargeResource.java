package com.switchboard.heihei.pay;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.pay.PayRequests.Channel;
import com.switchboard.heihei.pay.PayRequests.CreateOrder;
import com.switchboard.heihei.pay.PayRequests.OrderNotify;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** heihei recharge (heihei.md §10 HH-PAY-01..03). */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei payment")
public class RechargeResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    PayPackages packages;
    @Inject
    RechargeService recharge;
    @Inject
    HeiheiSettings heihei;
    @Context
    UriInfo uri;

    /** HH-PAY-01 Recharge packages. */
    @POST
    @Path("payment/list-package")
    @Operation(summary = "HH-PAY-01 Recharge packages", description = "channel alipay | wechat | iap (else 700); "
            + "payMoney and originMoney in fen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Channel.class)))
    public JsonObject listPackage() {
        Channel r = params.bind(Channel.class);
        callers.userId(r.token());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        packages.recharge(PayChannel.of(r.channel())).forEach(p -> list.add(p.json()));
        return ok().add("packages", list).build();
    }

    /** HH-PAY-02 Create order. */
    @POST
    @Path("payment/create-order")
    @Operation(summary = "HH-PAY-02 Create order", description = "data = the SDK's payload: alipay, the RSA2-signed "
            + "app-pay order string; wechat, the signed PayReq parameters (JSON) from a unified order; iap, "
            + "userId=&packageId=&channel=&payMoney=. 726 unknown package for the channel.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateOrder.class)))
    public JsonObject createOrder() {
        CreateOrder r = params.bind(CreateOrder.class);
        long caller = callers.userId(r.token());
        RechargeService.Created c = recharge.create(caller, r.packageId(), PayChannel.of(r.channel()),
                heihei.base(uri), params.clientAddress());
        return ok().add("order", c.order()).add("data", c.data()).add("productId", c.productId()).build();
    }

    /** HH-PAY-03 Order result notification (from client). */
    @POST
    @Path("payment/order-notify")
    @Operation(summary = "HH-PAY-03 Order result notification (from client)", description = "Never credits on the "
            + "client's word: status 1 with an IAP receipt pays once Apple validates it (bundle, product, unused "
            + "transaction; else 400); Alipay and WeChat orders are paid by their notifications. status 2 marks the "
            + "order failed. 727 unknown order or another user's; 700 bad status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderNotify.class)))
    public JsonObject orderNotify() {
        OrderNotify r = params.bind(OrderNotify.class);
        long caller = callers.userId(r.token());
        return ok().add("order", recharge.clientNotify(caller, r.order(), r.status(), r.data())).build();
    }
}
