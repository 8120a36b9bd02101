package com.switchboard.push;

import com.switchboard.account.AccountDirectory;
import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
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

import static com.switchboard.platform.wire.LworkDialect.ok;

/** Device push registration (voip.md §5). */
@Path("lwork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lwork push", description = "voip.md §5, VOIP-34")
public class DevicePushResource {
    /** VOIP-34 request: {@code caller} is the device owner's phone, kept for nothing but the seed's shape. */
    public record BaiduRegister(@NotBlank @Size(max = 64) String caller, @NotBlank @Size(max = 128) String account,
                                @NotBlank @Size(max = 128) String user_id,
                                @NotBlank @Size(max = 256) String channel_id) {
    }

    @Inject
    RequestParams params;
    @Inject
    AccountDirectory accounts;
    @Inject
    DevicePush devicePush;
    @Inject
    com.switchboard.account.LworkCallers callers;

    /** VOIP-34 Register Baidu push: the account's one registration now points at this channel. */
    @POST
    @Path("mobile/baidu_push_register")
    @Operation(summary = "VOIP-34 Register Baidu push")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaiduRegister.class)))
    public JsonObject baiduRegister() {
        BaiduRegister r = params.bind(BaiduRegister.class);
        callers.requireAccountSession(r.account(), null, com.switchboard.account.LworkCallers.NO_LOGIND);
        Party party = accounts.partyByAccount(r.account()).orElseThrow(() -> new LworkFailure("account_not_exist"));
        devicePush.register(DevicePush.lwork(party.id()), party.activeDeviceId(), DevicePush.BAIDU, r.channel_id(), r.user_id());
        return ok().build();
    }
}
