package com.switchboard.push;

import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lwork long-poll push channel, {@code POST /channel/push_service}. */
@Path("channel/push_service")
@RequestScoped
@Tag(name = "lwork push channel", description = "voip.md §5, VOIP-33/38/39")
public class PushChannelResource {
    @Inject
    RequestParams params;
    @Inject
    PushChannel channel;
    @Inject
    com.switchboard.account.LworkCallers callers;

    /** VOIP-33 request; {@code self_phone} is required by the seed and otherwise unused. */
    public record Poll(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String device_id, @NotBlank @Size(max = 64) String self_phone) {
    }

    /**
     * VOIP-33 long-poll: held until an event is queued for the device or the hold time passes (then VOIP-39
     * {@code shake_hand}); VOIP-38 {@code login_otherwhere} once the account logged in elsewhere.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VOIP-33 Long-poll push channel (VOIP-38 login_otherwhere, VOIP-39 shake_hand)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Poll.class)))
    public void poll(@Suspended AsyncResponse async) {
        Poll r = params.bind(Poll.class);
        callers.requirePolling(r.acc(), r.device_id());
        channel.poll(r.acc(), r.device_id(), async);
    }
}
