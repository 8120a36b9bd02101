package com.switchboard.heihei.wallet;

import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.ParamBinder;
import com.switchboard.platform.binding.RecordValidator;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Operators credit a heihei user (the only way besides a real payment) and read a user's ledger (ops token, plain
 * JSON).
 */
@Path("ops/heihei")
@RequestScoped
public class WalletOpsResource {
    @Inject
    RecordValidator validator;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    WalletAudit audit;

    /** Amounts to add, each ≥ 0. */
    public record Credit(@NotNull Long userId, @PositiveOrZero Long gold, @PositiveOrZero Long point) {
    }

    @POST
    @Path("balance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credit a heihei user's diamonds and tickets",
            description = "Body {\"userId\", \"gold\", \"point\"} (amounts to add, ≥ 0) → {\"userId\", \"gold\", \"point\"} (balances now); 404 unknown user; 400 malformed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Credit.class)))
    public Response credit(JsonObject body) {
        Credit c = new ParamBinder(validator.get()).bind(body == null ? JsonValue.EMPTY_JSON_OBJECT : body,
                Credit.class);
        return wallets.find(c.userId())
                .map(w -> {
                    Wallet after = wallets.credit(c.userId(), c.gold() == null ? 0 : c.gold(),
                            c.point() == null ? 0 : c.point(), "ops", null);
                    return Response.ok(Jsons.createObjectBuilder().add("userId", c.userId())
                            .add("gold", after.gold()).add("point", after.point()).build()).build();
                })
                .orElseGet(() -> Response.status(404).entity(Jsons.createObjectBuilder()
                        .add("error", "no such user").build()).build());
    }

    /** A user's ledger, oldest first: one row per change of either balance, with the balance after it. */
    @GET
    @Path("ledger")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A heihei user's diamonds/tickets ledger, oldest first",
            description = "?userId= → {\"userId\", \"entries\": [{\"currency\", \"delta\", \"balanceAfter\", \"reason\"}]} (at most 1,000)")
    public JsonObject ledger(@QueryParam("userId") long userId) {
        JsonArrayBuilder entries = Jsons.createArrayBuilder();
        wallets.ledger(userId, 1000).forEach(e -> entries.add(Jsons.createObjectBuilder().add("currency", e.currency())
                .add("delta", e.delta()).add("balanceAfter", e.balanceAfter()).add("reason", e.reason() == null ? "" : e.reason())));
        return Jsons.createObjectBuilder().add("userId", userId).add("entries", entries).build();
    }

    /** Every wallet against its ledger: empty {@code mismatches} when every balance and total adds up. */
    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit every heihei wallet against its ledger",
            description = "→ {\"wallets\": n, \"clean\": bool, \"mismatches\": [{\"userId\", \"field\", \"wallet\", \"ledger\"}], "
                    + "\"totals\": {currency: {reason: sum}}}; fields gold, point, reservedPoint, allOutlayGold, allEarnPoint; "
                    + "reasons: recharge, gift, barrage, rename, exchange, withdrawal, payout, released, ops.")
    public JsonObject auditWallets() {
        WalletAudit.Report report = audit.run();
        JsonArrayBuilder mismatches = Jsons.createArrayBuilder();
        report.mismatches().forEach(m -> mismatches.add(Jsons.createObjectBuilder().add("userId", m.userId())
                .add("field", m.field()).add("wallet", m.wallet()).add("ledger", m.ledger())));
        var totals = Jsons.createObjectBuilder();
        report.totals().forEach((currency, reasons) -> {
            var byReason = Jsons.createObjectBuilder();
            reasons.forEach(byReason::add);
            totals.add(currency, byReason);
        });
        return Jsons.createObjectBuilder().add("wallets", report.wallets())
                .add("clean", report.mismatches().isEmpty()).add("mismatches", mismatches).add("totals", totals)
                .build();
    }
}
