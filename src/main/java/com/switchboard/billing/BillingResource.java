package com.switchboard.billing;

import com.switchboard.billing.pay.OrderService;
import com.switchboard.billing.wallet.WalletService;

import com.switchboard.account.LworkCallers;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.ApiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

import static com.switchboard.platform.wire.LworkDialect.ok;

/** lwork billing (voip.md §7-8): packages, balances, orders, call rates and app versions. */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork billing", description = "voip.md §7-8")
public class BillingResource {
    public record Packages(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 64) String group_id) {
    }

    /** The seed's example sends {@code user_id} and {@code callee_phone}; both spellings are accepted. */
    public record Rate(@Size(max = 32) String uuid, @Size(max = 128) String user_id, @Size(max = 128) String device_id, @Size(max = 64) String callee,
                       @Size(max = 64) String callee_phone) {
    }

    public record Uuid(@NotBlank @Size(max = 32) String uuid) {
    }

    public record UuidDevice(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id) {
    }

    public record CoinOrder(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotNull BigDecimal money,
                            @NotNull Long coins) {
    }

    public record TypedOrder(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotNull BigDecimal money,
                             @NotBlank @Size(max = 64) String group_id, @NotBlank @Size(max = 10) String pay_type) {
    }

    @Inject
    RequestParams params;
    @Inject
    WalletService wallets;
    @Inject
    OrderService orders;
    @Inject
    LworkCallers callers;
    @Inject
    BillingCatalog catalog;

    /** VOIP-48 List packages. */
    @POST
    @Path("mobile1/ltalk_package")
    @Operation(summary = "VOIP-48 List packages of a group")
    public JsonObject packages() {
        Packages r = params.bind(Packages.class);
        user(r.uuid());
        return ok().add("packages", catalog.packages(r.group_id())).build();
    }

    /** VOIP-58 Call rate. */
    @POST
    @Path("mobile/voip/rate")
    @Operation(summary = "VOIP-58 Call rate per minute of a callee (longest prefix)")
    public JsonObject rate() {
        Rate r = params.bind(Rate.class);
        String uuid = r.uuid() != null && !r.uuid().isBlank() ? r.uuid() : r.user_id();
        String callee = r.callee() != null && !r.callee().isBlank() ? r.callee() : r.callee_phone();
        if (uuid == null || uuid.isBlank() || callee == null || callee.isBlank()) {
            throw ApiFailure.invalidParams("uuid and callee are required");
        }
        String digits = RateTable.digits(callee).orElseThrow(() -> ApiFailure.invalidParams(
                "callee is not a phone number"));
        user(uuid);
        return ok().add("rate", catalog.rates().rate(digits)).build();
    }

    /** VOIP-60 DTH app version. */
    @GET
    @Path("mobile/version_dth_no")
    @Operation(summary = "VOIP-60 DTH app version")
    public JsonObject dthVersion() {
        return ok().addAll(com.switchboard.platform.binding.Jsons.createObjectBuilder(catalog.version(true))).build();
    }

    /** VOIP-61 Common app version. */
    @GET
    @Path("mobile/version_common_no")
    @Operation(summary = "VOIP-61 Common app version")
    public JsonObject commonVersion() {
        return ok().addAll(com.switchboard.platform.binding.Jsons.createObjectBuilder(catalog.version(false))).build();
    }

    /** VOIP-61 under seed 000's spelling. */
    @GET
    @Path("mobile/version_commont_no")
    @Operation(summary = "VOIP-61 Common app version (seed 000 spelling of version_common_no)")
    public JsonObject commonVersionSeedSpelling() {
        return commonVersion();
    }

    /** VOIP-49 Package usage. */
    @POST
    @Path("mobile/package_usage")
    @Operation(summary = "VOIP-49 Package usage: minutes left this month, gift minutes, used this month, expiry")
    public JsonObject packageUsage() {
        WalletService.Usage u = wallets.usage(user(params.bind(Uuid.class).uuid()));
        var reply = ok();
        if (u.lefts() == null) {
            reply.add("lefts", "unlimit");
        } else {
            reply.add("lefts", u.lefts());
        }
        return reply.add("gifts", u.gifts()).add("month_consumed", u.monthConsumed())
                .add("expir_date", u.expires() == null ? "" : u.expires().toString()).build();
    }

    /** VOIP-50 Coin balance. */
    @POST
    @Path("mobile/get_coin")
    @Operation(summary = "VOIP-50 Coin balance")
    public JsonObject coins() {
        WalletService.Coins c = wallets.coins(user(params.bind(Uuid.class).uuid()));
        return ok().add("coins", c.coins()).add("gift_coins", c.giftCoins()).add("month_consumed", c.monthConsumed())
                .build();
    }

    /** VOIP-51 Create coin order. */
    @POST
    @Path("mobile/get_payid")
    @Operation(summary = "VOIP-51 Create coin order")
    public JsonObject coinOrder() {
        CoinOrder r = params.bind(CoinOrder.class);
        return payid(orders.coinOrder(user(r.uuid()), r.money()), r.uuid());
    }

    /** VOIP-52 Create order with payment type (alipay, wx, apple): the group's package priced {@code money}. */
    @POST
    @Path("mobile/get_types_payid")
    @Operation(summary = "VOIP-52 Create package order (pay_type alipay, wx or apple)")
    public JsonObject packageOrder() {
        TypedOrder r = params.bind(TypedOrder.class);
        return payid(orders.packageOrder(user(r.uuid()), r.money(), r.group_id(), r.pay_type()), r.uuid());
    }

    /** VOIP-53 Create zhiyu-coin order. */
    @POST
    @Path("mobile/gen_zy_coin_payid")
    @Operation(summary = "VOIP-53 Create zhiyu-coin order")
    public JsonObject zhiCoinOrder() {
        TypedOrder r = params.bind(TypedOrder.class);
        return payid(orders.zhiCoinOrder(user(r.uuid()), r.money(), r.group_id(), r.pay_type()), r.uuid());
    }

    /** VOIP-54 Recharge history. */
    @POST
    @Path("mobile/get_recharges")
    @Operation(summary = "VOIP-54 Recharge history (paid orders, newest first)")
    public JsonObject recharges() {
        UuidDevice r = params.bind(UuidDevice.class);
        var list = com.switchboard.platform.binding.Jsons.createArrayBuilder();
        for (OrderService.Recharge x : orders.recharges(user(r.uuid()))) {
            list.add(com.switchboard.platform.binding.Jsons.createObjectBuilder().add("year", x.at().getYear())
                    .add("month", x.at().getMonthValue()).add("date", x.at().getDayOfMonth())
                    .add("hour", x.at().getHour()).add("minute", x.at().getMinute()).add("second", x.at().getSecond())
                    .add("money", x.money()).add("coins", x.coins()));
        }
        return ok().add("recharges", list).build();
    }

    private com.switchboard.account.Party user(String uuid) {
        return callers.user(uuid);
    }

    private static JsonObject payid(String payid, String uuid) {
        return ok().add("payid", payid).add("uuid", uuid).build();
    }
}
