package com.switchboard.heihei.gift;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** HH-CHAT-06, under {@code api/chat}. */
@Path("api/chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei gifts")
public class ChatGiftResource {
    /** HH-CHAT-06 parameters: {@code userId} is the recipient, the chat's other user. */
    public record ChatGift(@Size(max = 128) String token, @NotNull Integer giftId, @NotNull Long chatId,
                           @NotNull Long userId, @PositiveOrZero @Max(1_000_000) Integer amount,
                           @Size(max = 64) String gift_uuid) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    GiftService gifts;

    /** HH-CHAT-06 Send a gift in a chat. */
    @POST
    @Path("buy-gift")
    @Operation(summary = "HH-CHAT-06 Send a gift in a chat", description = "As HH-GIFT-02: Gift.gold charged once "
            + "(740 short, nothing sent), the recipient earns tickets, the chat gets gift. 730 unknown gift, 732 not "
            + "the caller's open chat or the recipient not its other user.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatGift.class)))
    public JsonObject buyChatGift() {
        ChatGift r = params.bind(ChatGift.class);
        long caller = callers.userId(r.token());
        if (r.giftId() <= 0) {
            throw HeiheiFailure.badParam("giftId must be a positive gift id");
        }
        return ok().add("gold", gifts.sendInChat(caller, r.chatId(), r.userId(), r.giftId(),
                r.amount() == null ? 1 : r.amount(), r.gift_uuid())).build();
    }
}
