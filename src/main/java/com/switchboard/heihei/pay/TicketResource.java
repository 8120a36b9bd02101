package com.switchboard.heihei.pay;

import com.switchboard.heihei.pay.PayRequests.Package;
import com.switchboard.heihei.pay.PayRequests.PayReq;
import com.switchboard.heihei.pay.PayRequests.VerifyAlipay;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.heihei.wallet.Wallet;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** heihei tickets: exchange for diamonds, the Alipay account and withdrawals (heihei.md §10 HH-PAY-04/05, 07..10). */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei payment")
public class TicketResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    PayPackages packages;
    @Inject
    TicketService tickets;
    @Inject
    AlipayAccounts accounts;

    /** HH-PAY-04 Ticket→diamond exchange packages. */
    @POST
    @Path("payment/list-p2g-package")
    @Operation(summary = "HH-PAY-04 Ticket→diamond exchange packages")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject listP2gPackage() {
        callers.userId(params.bind(Token.class).token());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        packages.exchange().forEach(p -> list.add(p.json()));
        return ok().add("packages", list).build();
    }

    /** HH-PAY-05 Exchange tickets for diamonds. */
    @POST
    @Path("payment/p2g")
    @Operation(summary = "HH-PAY-05 Exchange tickets for diamonds", description = "In one step; 741 too few tickets "
            + "(nothing changed), 726 unknown package. Replies the exchange's order id and the tickets left.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Package.class)))
    public JsonObject p2g() {
        Package r = params.bind(Package.class);
        long caller = callers.userId(r.token());
        String order = TicketService.exchangeOrderId();
        Wallet after = tickets.exchange(caller, r.packageId(), order);
        return ok().add("order", order).add("point", after.point()).build();
    }

    /** HH-PAY-07 Get bound Alipay info. */
    @POST
    @Path("payment/get-alipay-info")
    @Operation(summary = "HH-PAY-07 Get bound Alipay info", description = "idcard and phone masked but the last 4 "
            + "characters; no info when nothing is bound.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject getAlipayInfo() {
        long caller = callers.userId(params.bind(Token.class).token());
        JsonObjectBuilder reply = ok();
        accounts.bound(caller).ifPresent(a -> reply.add("info", Jsons.createObjectBuilder()
                .add("alipaycode", a.alipaycode()).add("name", a.realName())
                .add("idcard", AlipayAccounts.masked(a.idcard())).add("phone", AlipayAccounts.masked(a.phone()))));
        return reply.build();
    }

    /** HH-PAY-08 Verify (bind) Alipay account. */
    @POST
    @Path("payment/verify-alipay")
    @Operation(summary = "HH-PAY-08 Verify (bind) Alipay account", description = "726 when verification fails "
            + "(account, real name, 18-character ID number with its check character, 11-digit mobile).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerifyAlipay.class)))
    public JsonObject verifyAlipay() {
        VerifyAlipay r = params.bind(VerifyAlipay.class);
        long caller = callers.userId(r.token());
        return ok().add("alipayCode", accounts.bind(caller, new AlipayAccountVerifier.Account(r.alipaycode(),
                r.username(), r.idcard(), r.phone()))).build();
    }

    /** HH-PAY-09 Withdrawable cash. */
    @POST
    @Path("payment/cash-info")
    @Operation(summary = "HH-PAY-09 Withdrawable cash", description = "cash in fen for the tickets held; rule from "
            + "configuration.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject cashInfo() {
        TicketService.Cash c = tickets.cash(callers.userId(params.bind(Token.class).token()));
        return ok().add("point", c.point()).add("cash", c.cash()).add("rule", c.rule()).build();
    }

    /** HH-PAY-10 Withdrawal request. */
    @POST
    @Path("payment/pay-req")
    @Operation(summary = "HH-PAY-10 Withdrawal request", description = "To the bound alipaycode only (726); holds "
            + "back the tickets worth payamount fen (740 when short) until an operator approves or rejects it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayReq.class)))
    public JsonObject payReq() {
        PayReq r = params.bind(PayReq.class);
        tickets.withdraw(callers.userId(r.token()), r.alipaycode(), r.payamount());
        return ok().add("reqmsg", "提现申请已提交").build();
    }
}
