package com.switchboard.heihei.message;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import static com.switchboard.platform.wire.HeiheiDialect.success;

/** heihei conversation list and direct messages (heihei.md §12 HH-MSG-02..04; send-im is Proposed). */
@Path("api/msg")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei messages", description = "heihei.md §12, §13.4, HH-ACT-13/14")
public class MessageResource {
    public record Peer(@Size(max = 128) String token, @NotNull Long userId) {
    }

    /** {@code content} as §13.4: text {text}, audio {audio, length}, image {img}, video {video}. */
    public record SendIm(@Size(max = 128) String token, @NotNull Long toUserId,
                         @NotBlank @Size(max = 8) String msgType, @NotNull JsonObject content) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    Conversations conversations;
    @Inject
    DirectMessages direct;

    /** HH-MSG-02 Message list (conversation list). */
    @POST
    @Path("message-list")
    @Operation(summary = "HH-MSG-02 Message list (conversation list)", description = "One item per counterpart "
            + "(the HH-ACT-13 payload; data.type calling, call, post, or im for direct messages; Proposed: each item's "
            + "unreadCount), newest first; unreadMsgCount is the server's exact total.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject messageList() {
        long caller = callers.userId(params.bind(Token.class).token());
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        conversations.list(caller).forEach(i -> items.add(conversations.item(i, true)));
        return ok().add("messages", items).add("unreadMsgCount", conversations.unreadTotal(caller)).build();
    }

    /** HH-MSG-03 Delete conversation with a user. */
    @POST
    @Path("message-del")
    @Operation(summary = "HH-MSG-03 Delete conversation with a user", description = "The caller's side only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Peer.class)))
    public JsonObject messageDel() {
        Peer r = params.bind(Peer.class);
        conversations.delete(callers.userId(r.token()), r.userId());
        return success();
    }

    /** HH-MSG-04 Mark all messages read. */
    @POST
    @Path("message-read-all")
    @Operation(summary = "HH-MSG-04 Mark all messages read", description = "The caller gets message-unread-count 0.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject messageReadAll() {
        conversations.readAll(callers.userId(params.bind(Token.class).token()));
        return success();
    }

    /** Proposed: send a direct message (HH-IM-01/02/07/08) to another user. */
    @POST
    @Path("send-im")
    @Operation(summary = "Proposed (heihei part 4): send a direct message", description = "msgType text|audio|image|"
            + "video with content as heihei.md §13.4; delivered as the IM message tosingle (pushed when offline), kept "
            + "in both conversation lists, unread for the recipient (message-unread-count). 710 unknown recipient, "
            + "736 blocked by the recipient, 700 malformed content. Replies msgId.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SendIm.class)))
    public JsonObject sendIm() {
        SendIm r = params.bind(SendIm.class);
        long id = direct.send(callers.userId(r.token()), r.toUserId(), r.msgType(), r.content());
        return ok().add("msgId", id).build();
    }
}
