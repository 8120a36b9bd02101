package com.switchboard.heihei.live;

import com.switchboard.heihei.live.LiveRequests.Text;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import static com.switchboard.platform.wire.HeiheiDialect.success;

/** Room text (heihei.md §12 HH-MSG-01). */
@Path("api/msg")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei live rooms", description = "heihei.md §7")
public class RoomTextResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    RoomChat chat;

    /** HH-MSG-01 Send a text message in a live room. */
    @POST
    @Path("send-msg")
    @Operation(summary = "HH-MSG-01 Send a text message in a live room", description = "The room gets text; 733 unknown room, 506 outside it, 722 muted; above the room's ceiling the oldest waiting texts drop.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Text.class)))
    public JsonObject sendMsg() {
        Text r = params.bind(Text.class);
        chat.text(callers.userId(r.token()), r.roomId(), r.liveId(), r.text());
        return success();
    }
}
