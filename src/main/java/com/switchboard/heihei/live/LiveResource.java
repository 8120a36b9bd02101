package com.switchboard.heihei.live;

import com.switchboard.heihei.live.LiveRequests.ByUser;
import com.switchboard.heihei.live.LiveRequests.Create;
import com.switchboard.heihei.live.LiveRequests.LiveRef;
import com.switchboard.heihei.live.LiveRequests.Title;
import com.switchboard.heihei.live.LiveRequests.Visible;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
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

/** heihei live lifecycle and lists (heihei.md §7, HH-LIVE-01..09, 17..19). */
@Path("api/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei live rooms", description = "heihei.md §7")
public class LiveResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    LiveService service;
    @Inject
    LiveFeed feed;
    @Inject
    Lives lives;
    @Inject
    LiveSettings settings;

    /** HH-LIVE-01 Create live. */
    @POST
    @Path("create-live")
    @Operation(summary = "HH-LIVE-01 Create live", description = "Status 0 with the push address (anchor only); 400 while the caller has an unclosed live.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Create.class)))
    public JsonObject createLive() {
        Create r = params.bind(Create.class);
        return full(service.create(callers.userId(r.token()), r.title()));
    }

    /** HH-LIVE-02 Query unclosed live. */
    @POST
    @Path("unclosed-live")
    @Operation(summary = "HH-LIVE-02 Query unclosed live", description = "The caller's live in status 0 or 1 as create-live answers it, or the envelope only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject unclosedLive() {
        Token r = params.bind(Token.class);
        return service.unclosed(callers.userId(r.token())).map(this::full).orElseGet(() -> success());
    }

    /** HH-LIVE-03 Start live. */
    @POST
    @Path("start-live")
    @Operation(summary = "HH-LIVE-03 Start live", description = "0 → 1; followers get start-live-notify, or a push when offline.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject startLive() {
        LiveRef r = params.bind(LiveRef.class);
        service.start(callers.userId(r.token()), r.liveId());
        return success();
    }

    /** HH-LIVE-04 Change live title. */
    @POST
    @Path("change-live")
    @Operation(summary = "HH-LIVE-04 Change live title", description = "The room gets live-change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Title.class)))
    public JsonObject changeLive() {
        Title r = params.bind(Title.class);
        return withLive(service.changeTitle(callers.userId(r.token()), r.liveId(), r.title()));
    }

    /** HH-LIVE-05 Pause live. */
    @POST
    @Path("pause-live")
    @Operation(summary = "HH-LIVE-05 Pause live", description = "Missed heartbeats do not end a paused live; 735 once ended.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject pauseLive() {
        LiveRef r = params.bind(LiveRef.class);
        service.pause(callers.userId(r.token()), r.liveId(), true);
        return success();
    }

    /** HH-LIVE-06 Continue live. */
    @POST
    @Path("continue-live")
    @Operation(summary = "HH-LIVE-06 Continue live", description = "Clears the pause; 735 once ended.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject continueLive() {
        LiveRef r = params.bind(LiveRef.class);
        service.pause(callers.userId(r.token()), r.liveId(), false);
        return success();
    }

    /** HH-LIVE-07 Stop live. */
    @POST
    @Path("stop-live")
    @Operation(summary = "HH-LIVE-07 Stop live", description = "Status 2 with totals; the room gets stop-live (without pushAddr), then nobody is in it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject stopLive() {
        LiveRef r = params.bind(LiveRef.class);
        Live live = service.stop(callers.userId(r.token()), r.liveId());
        return ok().add("live", LiveJson.live(lives.forAnchor(live)))
                .add("share", lives.share(live)).build();
    }

    /** HH-LIVE-08 Delete live. */
    @POST
    @Path("delete-live")
    @Operation(summary = "HH-LIVE-08 Delete live", description = "Status 4: the replay is hidden.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject deleteLive() {
        LiveRef r = params.bind(LiveRef.class);
        return withLive(service.delete(callers.userId(r.token()), r.liveId()));
    }

    /** HH-LIVE-09 Set live visibility. */
    @POST
    @Path("set-live-visible")
    @Operation(summary = "HH-LIVE-09 Set live visibility", description = "visible 0 hidden, 1 shown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Visible.class)))
    public JsonObject setLiveVisible() {
        Visible r = params.bind(Visible.class);
        return withLive(service.visible(callers.userId(r.token()), r.liveId(), r.visible()));
    }

    /** HH-LIVE-17 Recommended lives. */
    @POST
    @Path("list-live-by-recommend")
    @Operation(summary = "HH-LIVE-17 Recommended lives", description = "Visible lives on now (fullest first) and replays.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject listLiveByRecommend() {
        long caller = callers.userId(params.bind(Token.class).token());
        return ok().add("expireTime", settings.expireSeconds()).add("lives", cards(feed.recommendedLive(), caller))
                .add("liveskback", cards(feed.recommendedReplays(), caller)).build();
    }

    /** HH-LIVE-18 Lives and replays of followed users. */
    @POST
    @Path("list-live-by-follow")
    @Operation(summary = "HH-LIVE-18 Lives and replays of followed users", description = "Items carry roomUserCount and roomNowUserCount.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject listLiveByFollow() {
        long caller = callers.userId(params.bind(Token.class).token());
        return ok().add("expireTime", settings.expireSeconds()).add("lives", cards(feed.followed(caller, Live.LIVE), caller))
                .add("lookbacks", cards(feed.followed(caller, Live.ENDED), caller)).build();
    }

    /** HH-LIVE-19 A user's lives. */
    @POST
    @Path("list-live-by-user")
    @Operation(summary = "HH-LIVE-19 A user's lives", description = "userId optional (default the caller); limit ≤ 20; 710 unknown user.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ByUser.class)))
    public JsonObject listLiveByUser() {
        ByUser r = params.bind(ByUser.class);
        long caller = callers.userId(r.token());
        LiveFeed.Page page = feed.byUser(caller, r.userId(), r.offset() == null ? 0 : r.offset(),
                r.limit() == null ? 10 : r.limit());
        return ok().add("expireTime", settings.expireSeconds()).add("totalCount", page.totalCount())
                .add("isFollowed", page.isFollowed()).add("lives", cards(page.lives(), caller)).build();
    }

    /** HH-LIVE-01/02's payload: live (the anchor's view), share, liveOptions. */
    private JsonObject full(Live live) {
        return ok().add("live", LiveJson.live(lives.forAnchor(live)))
                .add("share", lives.share(live))
                .add("liveOptions", LiveJson.options(settings)).build();
    }

    private JsonObject withLive(Live live) {
        return ok().add("live", LiveJson.live(lives.forAnchor(live))).build();
    }

    private JsonArrayBuilder cards(List<Live> list, long caller) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Live live : list) {
            array.add(LiveJson.live(lives.forViewer(live, caller, true)));
        }
        return array;
    }
}
