package com.switchboard.heihei.live;

import com.switchboard.heihei.live.LiveRequests.Beat;
import com.switchboard.heihei.live.LiveRequests.Bullet;
import com.switchboard.heihei.live.LiveRequests.Join;
import com.switchboard.heihei.live.LiveRequests.Like;
import com.switchboard.heihei.live.LiveRequests.LiveRef;
import com.switchboard.heihei.live.LiveRequests.LiveUser;
import com.switchboard.heihei.live.LiveRequests.Seat;
import com.switchboard.heihei.live.LiveRequests.ViewerPage;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.ProfileService;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static com.switchboard.platform.wire.HeiheiDialect.ok;
import static com.switchboard.platform.wire.HeiheiDialect.success;

/** Inside a heihei live room (heihei.md §7 HH-LIVE-10..16, 20..30). */
@Path("api/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei live rooms", description = "heihei.md §7")
public class RoomResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    RoomService rooms;
    @Inject
    RoomGuests guests;
    @Inject
    RoomChat chat;
    @Inject
    Lives lives;
    @Inject
    LiveSettings settings;
    @Inject
    ProfileService profiles;

    /** HH-LIVE-10 Get live. */
    @POST
    @Path("get-live")
    @Operation(summary = "HH-LIVE-10 Get live", description = "506 while the live is on and the caller is not in the room.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject getLive() {
        LiveRef r = params.bind(LiveRef.class);
        long caller = callers.userId(r.token());
        Live live = rooms.get(caller, r.liveId());
        HeiheiUser anchor = lives.anchor(live);
        return ok().add("live", LiveJson.live(lives.view(live, caller)).add("expireTime", settings.expireSeconds()))
                .add("userInfo", UserJson.userPublic(anchor, lives.follows(caller, anchor.id()))).build();
    }

    /** HH-LIVE-11 Knock status. */
    @POST
    @Path("knock-status")
    @Operation(summary = "HH-LIVE-11 Knock status", description = "needKnock = roomNowUserCount >= roomUserCount - roomLockedCount.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject knockStatus() {
        LiveRef r = params.bind(LiveRef.class);
        callers.userId(r.token());
        Live live = rooms.knockStatus(r.liveId());
        return ok().add("needKnock", live.needKnock()).add("roomUserCount", live.seatLimit())
                .add("roomNowUserCount", live.onlineUsers()).add("liveStatus", live.status()).build();
    }

    /** HH-LIVE-12 Join live. */
    @POST
    @Path("join-live")
    @Operation(summary = "HH-LIVE-12 Join live", description = "Subscribes the caller's channel sockets to the room; 505 no free seat (a liveKey from an invitation skips it), 737 blocked, 725 ended.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Join.class)))
    public JsonObject joinLive() {
        Join r = params.bind(Join.class);
        long caller = callers.userId(r.token());
        Live live = rooms.join(caller, r.liveId(), r.liveKey());
        return ok().add("live", LiveJson.live(lives.view(live, caller))).add("share", lives.share(live)).build();
    }

    /** HH-LIVE-13 Quit live. */
    @POST
    @Path("quit-live")
    @Operation(summary = "HH-LIVE-13 Quit live", description = "No more room frames after it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject quitLive() {
        LiveRef r = params.bind(LiveRef.class);
        rooms.quit(callers.userId(r.token()), r.liveId());
        return success();
    }

    /** HH-LIVE-14 Live heartbeat. */
    @POST
    @Path("heart-beat")
    @Operation(summary = "HH-LIVE-14 Live heartbeat", description = "A viewer silent for 2 × nextTimeout leaves the room; an anchor's unpaused live without a stream ends.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Beat.class)))
    public JsonObject heartBeat() {
        Beat r = params.bind(Beat.class);
        long caller = callers.userId(r.token());
        int next = rooms.heartbeat(caller, r.liveId(), r.isCreator() == 1);
        return ok().add("liveId", r.liveId()).add("nextTimeout", next).build();
    }

    /** HH-LIVE-15 List viewers of a live. */
    @POST
    @Path("list-live-users")
    @Operation(summary = "HH-LIVE-15 List viewers of a live", description = "joinTime cursor (lastJoinTime, direction 0 newer / 1 older), 20 a page; 506 outside the room.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ViewerPage.class)))
    public JsonObject listLiveUsers() {
        ViewerPage r = params.bind(ViewerPage.class);
        RoomService.ViewerPage page = rooms.viewers(callers.userId(r.token()), r.liveId(),
                r.lastJoinTime() == null ? 0 : r.lastJoinTime(), r.direction() == null ? 1 : r.direction());
        JsonArrayBuilder users = Jsons.createArrayBuilder();
        for (int i = 0; i < page.users().size(); i++) {
            HeiheiUser u = page.users().get(i);
            users.add(LiveJson.viewer(u, page.followed().contains(u.id()), page.joinTimes().get(i)));
        }
        Live live = page.live();
        return ok().add("expireTime", settings.expireSeconds()).add("totalCount", live.onlineUsers() + 1)
                .add("roomSeatCount", live.seatLimit()).add("roomLockedCount", live.lockedSeats())
                .add("users", users).build();
    }

    /** HH-LIVE-16 List replay viewers. */
    @POST
    @Path("list-replay-users")
    @Operation(summary = "HH-LIVE-16 List replay viewers", description = "Everyone who joined, newest first, no paging.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject listReplayUsers() {
        LiveRef r = params.bind(LiveRef.class);
        long caller = callers.userId(r.token());
        return ok().add("users", UserJson.rows(profiles.rows(rooms.replayViewers(r.liveId()), caller), false)).build();
    }

    /** HH-LIVE-20 Lock / unlock a seat. */
    @POST
    @Path("lock-live-seat")
    @Operation(summary = "HH-LIVE-20 Lock / unlock a seat", description = "One seat per call; unlock 1/true unlocks, 0/false locks; 502 below 2 unlocked seats.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Seat.class)))
    public JsonObject lockLiveSeat() {
        Seat r = params.bind(Seat.class);
        rooms.lockSeat(callers.userId(r.token()), r.liveId(), r.unlock());
        return success();
    }

    /** HH-LIVE-21 Invite-friends list. */
    @POST
    @Path("invite-user-list")
    @Operation(summary = "HH-LIVE-21 Invite-friends list", description = "Users the anchor follows, not in the room, those who knocked first.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject inviteUserList() {
        LiveRef r = params.bind(LiveRef.class);
        List<RoomGuests.Friend> friends = guests.inviteList(callers.userId(r.token()), r.liveId());
        JsonArrayBuilder users = Jsons.createArrayBuilder();
        friends.forEach(f -> users.add(UserJson.userPublic(f.user(), true).add("knocked", f.knocked())));
        return ok().add("users", users).build();
    }

    /** HH-LIVE-22 Invite a user into the live. */
    @POST
    @Path("invite-user")
    @Operation(summary = "HH-LIVE-22 Invite a user into the live", description = "The invitee gets live-invite with a single-use liveKey, or a push when offline.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveUser.class)))
    public JsonObject inviteUser() {
        LiveUser r = params.bind(LiveUser.class);
        guests.invite(callers.userId(r.token()), r.liveId(), r.userId());
        return success();
    }

    /** HH-LIVE-23 Knock on a live room. */
    @POST
    @Path("knock-live-room")
    @Operation(summary = "HH-LIVE-23 Knock on a live room", description = "Recorded for the anchor's invite list; 504 within 60 s of the last knock.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject knockLiveRoom() {
        LiveRef r = params.bind(LiveRef.class);
        guests.knock(callers.userId(r.token()), r.liveId());
        return success();
    }

    /** HH-LIVE-24 Kick a user out of the room. */
    @POST
    @Path("kick-out-user")
    @Operation(summary = "HH-LIVE-24 Kick a user out of the room", description = "The user gets quit-live and is out of the room.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveUser.class)))
    public JsonObject kickOutUser() {
        LiveUser r = params.bind(LiveUser.class);
        rooms.kick(callers.userId(r.token()), r.liveId(), r.userId());
        return success();
    }

    /** HH-LIVE-25 Mute a user in the room. */
    @POST
    @Path("shutupuser")
    @Operation(summary = "HH-LIVE-25 Mute a user in the room", description = "The room gets shutup-user; the user's room text and co-hosting requests get 722.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveUser.class)))
    public JsonObject shutupUser() {
        LiveUser r = params.bind(LiveUser.class);
        guests.mute(callers.userId(r.token()), r.liveId(), r.userId(), true);
        return success();
    }

    /** HH-LIVE-26 Unmute a user. */
    @POST
    @Path("shutupopen")
    @Operation(summary = "HH-LIVE-26 Unmute a user", description = "The room gets shutup-open-user.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveUser.class)))
    public JsonObject shutupOpen() {
        LiveUser r = params.bind(LiveUser.class);
        guests.mute(callers.userId(r.token()), r.liveId(), r.userId(), false);
        return success();
    }

    /** HH-LIVE-27 Is a user muted? */
    @POST
    @Path("isshutup")
    @Operation(summary = "HH-LIVE-27 Is a user muted?", description = "isshutup 1 muted, 2 not.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveUser.class)))
    public JsonObject isshutup() {
        LiveUser r = params.bind(LiveUser.class);
        callers.userId(r.token());
        return ok().add("isshutup", guests.muted(r.liveId(), r.userId()) ? 1 : 2).build();
    }

    /** HH-LIVE-28 Like a live. */
    @POST
    @Path("live-like")
    @Operation(summary = "HH-LIVE-28 Like a live", description = "The room gets like with type (1..3); above the room's ceiling likes merge into one frame a second with a count.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Like.class)))
    public JsonObject liveLike() {
        Like r = params.bind(Like.class);
        chat.like(callers.userId(r.token()), r.liveId(), r.type());
        return success();
    }

    /** HH-LIVE-29 Share a live. */
    @POST
    @Path("share-live")
    @Operation(summary = "HH-LIVE-29 Share a live")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject shareLive() {
        LiveRef r = params.bind(LiveRef.class);
        callers.userId(r.token());
        return ok().add("share", lives.share(chat.share(r.liveId()))).build();
    }

    /** HH-LIVE-30 Send a paid barrage. */
    @POST
    @Path("buy-bullet")
    @Operation(summary = "HH-LIVE-30 Send a paid barrage", description = "Costs the configured diamonds (740 when short, nothing sent); the room gets barrage; replies the diamonds left.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bullet.class)))
    public JsonObject buyBullet() {
        Bullet r = params.bind(Bullet.class);
        return ok().add("gold", chat.barrage(callers.userId(r.token()), r.liveId(), r.message())).build();
    }
}
