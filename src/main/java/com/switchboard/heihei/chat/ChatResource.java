package com.switchboard.heihei.chat;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

/** heihei one-to-one chats (heihei.md §11, HH-CHAT-01..05, 10..13). */
@Path("api/chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei chat", description = "heihei.md §11, HH-ACT-01, 03..06")
public class ChatResource {
    public record ChatRef(@Size(max = 128) String token, @NotNull Long chatId) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    Matching matching;
    @Inject
    ChatService chats;
    @Inject
    ChatSettings settings;

    /** HH-CHAT-01 Start random matching. */
    @POST
    @Path("match-chat")
    @Operation(summary = "HH-CHAT-01 Start random matching", description = "Both users of a match get join-chat "
            + "(chatId); expireTime = seconds to wait (then HH-CHAT-02). Blocked pairs, users who are live and users "
            + "in a chat are not matched (400 for a caller who is live or in a chat).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject matchChat() {
        long caller = callers.userId(params.bind(Token.class).token());
        int wait = matching.match(caller);
        JsonArrayBuilder tips = Jsons.createArrayBuilder();
        settings.tips().forEach(tips::add);
        return ok().add("expireTime", wait).add("tips", tips).build();
    }

    /** HH-CHAT-02 Stop matching. */
    @POST
    @Path("stop-match-chat")
    @Operation(summary = "HH-CHAT-02 Stop matching", description = "Idempotent; a stopped user is never matched.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject stopMatchChat() {
        matching.stop(callers.userId(params.bind(Token.class).token()));
        return success();
    }

    /** HH-CHAT-03 Join chat. */
    @POST
    @Path("join-chat")
    @Operation(summary = "HH-CHAT-03 Join chat", description = "After join-chat only; the chat gets chat-user-status, "
            + "and chat-topic once both are in. 732 not the caller's chat or ended.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject joinChat() {
        ChatRef r = params.bind(ChatRef.class);
        return ok().add("chat", chats.join(callers.userId(r.token()), r.chatId())).build();
    }

    /** HH-CHAT-04 Change chat topic. */
    @POST
    @Path("change-topic")
    @Operation(summary = "HH-CHAT-04 Change chat topic", description = "Both get chat-topic with the new topic.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject changeTopic() {
        ChatRef r = params.bind(ChatRef.class);
        chats.changeTopic(callers.userId(r.token()), r.chatId());
        return success();
    }

    /** HH-CHAT-05 End chat. */
    @POST
    @Path("stop-chat")
    @Operation(summary = "HH-CHAT-05 End chat", description = "The partner gets chat-user-status 2; the chat ends.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject stopChat() {
        ChatRef r = params.bind(ChatRef.class);
        chats.stop(callers.userId(r.token()), r.chatId());
        return success();
    }

    /** HH-CHAT-10 Chat heartbeat. */
    @POST
    @Path("heart-beat")
    @Operation(summary = "HH-CHAT-10 Chat heartbeat", description = "Silent for 2 × nextTimeout: the partner gets "
            + "chat-user-status 3 and the chat ends.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject chatHeartBeat() {
        ChatRef r = params.bind(ChatRef.class);
        return ok().add("nextTimeout", chats.heartbeat(callers.userId(r.token()), r.chatId())).build();
    }

    /** HH-CHAT-11 Pause chat. */
    @POST
    @Path("pause-chat")
    @Operation(summary = "HH-CHAT-11 Pause chat", description = "The partner gets pause-chat.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject pauseChat() {
        ChatRef r = params.bind(ChatRef.class);
        chats.pause(callers.userId(r.token()), r.chatId(), true);
        return success();
    }

    /** HH-CHAT-12 Continue chat. */
    @POST
    @Path("continue-chat")
    @Operation(summary = "HH-CHAT-12 Continue chat", description = "The partner gets goon-chat.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject continueChat() {
        ChatRef r = params.bind(ChatRef.class);
        chats.pause(callers.userId(r.token()), r.chatId(), false);
        return success();
    }

    /** HH-CHAT-13 Get chat state. */
    @POST
    @Path("get-chat")
    @Operation(summary = "HH-CHAT-13 Get chat state", description = "The caller's chat with createrId and each "
            + "user's status, point and allEarnPoint; 732 unknown or someone else's.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject getChat() {
        ChatRef r = params.bind(ChatRef.class);
        return ok().add("chat", chats.get(callers.userId(r.token()), r.chatId())).build();
    }
}
