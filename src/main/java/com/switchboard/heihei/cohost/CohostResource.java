package com.switchboard.heihei.cohost;

import com.switchboard.heihei.live.LiveRequests.LiveRef;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** heihei co-hosting (heihei.md §8, HH-CONF-01..06), under {@code api/live}. */
@Path("api/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei co-hosting", description = "heihei.md §8, HH-CONF-01..06, HH-ACT-17..21")
public class CohostResource {
    /** HH-CONF-01/03: {@code userId} is the viewer when the anchor calls; a viewer leaves it out. */
    public record Ask(@Size(max = 128) String token, @NotNull Long liveId, Long userId) {
    }

    /** HH-CONF-04: the viewer (anchor side) or, ignored, the anchor (viewer side). */
    public record Refuse(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Long userId) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    CohostService cohosts;

    /** HH-CONF-01 Request co-hosting / invite a viewer. */
    @POST
    @Path("call-request")
    @Operation(summary = "HH-CONF-01 Request co-hosting / invite a viewer", description = "A viewer's request waits "
            + "expireTime (30) s, the room gets live-users (722 muted, 742 not in the room or co-hosting). The anchor "
            + "names userId: a requesting viewer starts at once (join-conference to both), another gets "
            + "conference-notify (expireTime 0 in the reply). 731 unknown or ended live.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ask.class)))
    public JsonObject callRequest() {
        Ask r = params.bind(Ask.class);
        return ok().add("expireTime", cohosts.request(callers.userId(r.token()), r.liveId(), r.userId())).build();
    }

    /** HH-CONF-02 Join co-hosting (get RTC token). */
    @POST
    @Path("join-conference")
    @Operation(summary = "HH-CONF-02 Join co-hosting (get RTC token)", description = "token {roomName, roomToken, "
            + "expireTime (Unix s)}: a Qiniu RTC room token, admin for the anchor; the room gets conference-status. "
            + "750 when the co-hosting ended or the caller is not a party. Both parties must then report "
            + "HH-CONF-06 within 6 s or the server ends it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject joinConference() {
        LiveRef r = params.bind(LiveRef.class);
        CohostService.Joined j = cohosts.join(callers.userId(r.token()), r.liveId());
        return ok().add("token", Jsons.createObjectBuilder().add("roomName", j.roomName())
                .add("roomToken", j.roomToken()).add("expireTime", j.expireAt())).add("confStatus", j.confStatus())
                .build();
    }

    /** HH-CONF-03 Accept co-hosting. */
    @POST
    @Path("accept-conference")
    @Operation(summary = "HH-CONF-03 Accept co-hosting", description = "The anchor accepts userId's request, a viewer "
            + "the invitation: join-conference to both; expireTime = seconds to call HH-CONF-02. 409 expired, 739 "
            + "the live has a co-host.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ask.class)))
    public JsonObject acceptConference() {
        Ask r = params.bind(Ask.class);
        return ok().add("expireTime", cohosts.accept(callers.userId(r.token()), r.liveId(), r.userId())).build();
    }

    /** HH-CONF-04 Refuse co-hosting. */
    @POST
    @Path("refuse-conference")
    @Operation(summary = "HH-CONF-04 Refuse co-hosting", description = "Idempotent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Refuse.class)))
    public JsonObject refuseConference() {
        Refuse r = params.bind(Refuse.class);
        cohosts.refuse(callers.userId(r.token()), r.liveId(), r.userId());
        return success();
    }

    /** HH-CONF-05 Quit co-hosting. */
    @POST
    @Path("quit-conference")
    @Operation(summary = "HH-CONF-05 Quit co-hosting", description = "The other party gets stop-conference, the room "
            + "conference-status 2. 742 when not co-hosting.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject quitConference() {
        LiveRef r = params.bind(LiveRef.class);
        cohosts.quit(callers.userId(r.token()), r.liveId());
        return success();
    }

    /** HH-CONF-06 Co-hosting connected (RTC push succeeded). */
    @POST
    @Path("conference-success")
    @Operation(summary = "HH-CONF-06 Co-hosting connected (RTC push succeeded)", description = "When both parties "
            + "have reported it the room gets conference-status 1. 742 when not co-hosting.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveRef.class)))
    public JsonObject conferenceSuccess() {
        LiveRef r = params.bind(LiveRef.class);
        return ok().add("confStatus", cohosts.connected(callers.userId(r.token()), r.liveId())).build();
    }
}
