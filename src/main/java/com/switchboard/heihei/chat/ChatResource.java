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

    public record Callee(@Size(max = 128) String token, @NotNull Long userId) {
    }

    /** HH-CHAT-09: {@code userId} the caller, {@code type} as in due-chat-notify (0 first call, 1 call back). */
    public record Accept(@Size(max = 128) String token, @NotNull Long chatId, @NotNull Long userId,
                         @NotNull Integer type) {
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
    @Inject
    DueChats due;

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

    /** HH-CHAT-07 Due-chat (call a chosen user). */
    @POST
    @Path("due-chat")
    @Operation(summary = "HH-CHAT-07 Due-chat (call a chosen user)", description = "The callee gets due-chat-notify "
            + "(type 0), or a push (duechat) when offline; both get join-chat when it is accepted, at once when the "
            + "callee is calling the caller. Unanswered: calling/post items in the message lists. 738 the callee is "
            + "live, 739 busy.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Callee.class)))
    public JsonObject dueChat() {
        Callee r = params.bind(Callee.class);
        long chatId = due.call(callers.userId(r.token()), r.userId(), 0);
        return ok().add("expireTime", settings.dueChatSeconds()).add("chatId", chatId).build();
    }

    /** HH-CHAT-08 Cancel a due-chat in progress. */
    @POST
    @Path("cancel-due-chat")
    @Operation(summary = "HH-CHAT-08 Cancel a due-chat in progress", description = "The callee gets "
            + "cancel-due-chat. 732 unknown or not ringing, 711 not the caller.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChatRef.class)))
    public JsonObject cancelDueChat() {
        ChatRef r = params.bind(ChatRef.class);
        due.cancel(callers.userId(r.token()), r.chatId());
        return success();
    }

    /** HH-CHAT-09 Accept a due-chat. */
    @POST
    @Path("accept-chat")
    @Operation(summary = "HH-CHAT-09 Accept a due-chat", description = "type 0: both get join-chat; type 1 (a call "
            + "back after a missed call): a new due-chat towards userId. 732 not a call from userId to the caller, or "
            + "no longer ringing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accept.class)))
    public JsonObject acceptChat() {
        Accept r = params.bind(Accept.class);
        due.accept(callers.userId(r.token()), r.chatId(), r.userId(), r.type());
        return ok().add("expireTime", settings.dueChatSeconds()).build();
    }
}
