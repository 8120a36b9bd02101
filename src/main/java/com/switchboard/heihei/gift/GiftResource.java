package com.switchboard.heihei.gift;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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

/** heihei gifts in a live (heihei.md §9): under {@code api/live}, where the live resources' paths are matched. */
@Path("api/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei gifts", description = "heihei.md §9, HH-GIFT-01..03, HH-RT-03")
public class GiftResource {
    /** HH-GIFT-02 parameters: {@code amount} and {@code gift_uuid} are the client's combo, echoed. */
    public record BuyGift(@Size(max = 128) String token, @NotNull Integer giftId, @NotNull Long liveId,
                          @PositiveOrZero @Max(1_000_000) Integer amount, @Size(max = 64) String gift_uuid) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    GiftCatalog catalog;
    @Inject
    GiftSettings settings;
    @Inject
    GiftService gifts;

    /** HH-GIFT-01 Gift catalog. */
    @POST
    @Path("gift-info")
    @Operation(summary = "HH-GIFT-01 Gift catalog", description = "Gifts on sale; expireTime = seconds the list may be kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject giftInfo() {
        callers.userId(params.bind(Token.class).token());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        catalog.onSale().forEach(g -> list.add(g.json()));
        return ok().add("expireTime", settings.expireSeconds()).add("gifts", list).build();
    }

    /** HH-GIFT-02 Send a gift in a live. */
    @POST
    @Path("buy-gift")
    @Operation(summary = "HH-GIFT-02 Send a gift in a live", description = "Charges Gift.gold once (740 when short: "
            + "nothing charged or sent); the anchor earns tickets; the room gets gift (HH-RT-03). 730 unknown gift, "
            + "731 unknown or ended live, 506 not in the room. Replies the diamonds left.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BuyGift.class)))
    public JsonObject buyGift() {
        BuyGift r = params.bind(BuyGift.class);
        long caller = callers.userId(r.token());
        if (r.giftId() <= 0) {
            throw HeiheiFailure.badParam("giftId must be a positive gift id");
        }
        return ok().add("gold", gifts.sendInLive(caller, r.liveId(), r.giftId(),
                r.amount() == null ? 1 : r.amount(), r.gift_uuid())).build();
    }
}
