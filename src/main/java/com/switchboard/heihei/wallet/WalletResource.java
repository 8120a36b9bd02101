package com.switchboard.heihei.wallet;

import com.switchboard.platform.wire.HeiheiDialect;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** heihei balances: the same numbers in HH-GIFT-04 (nested in {@code user}) and HH-PAY-06 (flat). */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei wallet", description = "heihei.md HH-GIFT-04, HH-PAY-06")
public class WalletResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    HeiheiWalletService wallets;
    @Inject
    WalletSettings settings;

    /** HH-GIFT-04 Diamonds and tickets balance. */
    @POST
    @Path("user/user-gold")
    @Operation(summary = "HH-GIFT-04 Diamonds and tickets balance")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject userGold() {
        Token r = params.bind(Token.class);
        long caller = callers.userId(r.token());
        return HeiheiDialect.ok().add("user", assets(wallets.balance(caller)).add("userId", caller)).build();
    }

    /** HH-PAY-06 My account assets. */
    @POST
    @Path("payment/statistic")
    @Operation(summary = "HH-PAY-06 My account assets", description = "pointWorth in fen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject statistic() {
        Token r = params.bind(Token.class);
        JsonObjectBuilder reply = HeiheiDialect.ok();
        reply.addAll(assets(wallets.balance(callers.userId(r.token()))));
        return reply.build();
    }

    private JsonObjectBuilder assets(Wallet w) {
        return Jsons.createObjectBuilder().add("gold", w.gold()).add("point", w.point())
                .add("pointWorth", Math.multiplyExact(w.point(), settings.pointWorthFen()))
                .add("allOutlayGold", w.allOutlayGold()).add("allEarnPoint", w.allEarnPoint());
    }
}
