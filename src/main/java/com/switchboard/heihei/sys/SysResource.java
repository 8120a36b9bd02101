package com.switchboard.heihei.sys;

import com.switchboard.platform.wire.HeiheiDialect;
import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.UserRequests.Token;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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


/** heihei system endpoints (heihei.md §2, §4): app update, client log, banners. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei system", description = "heihei.md HH-SYS-01/02, HH-SOCIAL-01")
public class SysResource {
    /** How long a client may keep the banner list (seconds). */
    static final int BANNER_EXPIRE = 300;

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    SysService sys;
    @Inject
    HeiheiSettings settings;

    /** HH-SYS-01 parameters; {@code deviceType} is accepted as an alias of {@code devicesType}. */
    public record CheckUpdate(@Size(max = 32) String versionCode, @Size(max = 16) String devicesType,
                              @Size(max = 16) String deviceType, @Size(max = 64) String channel) {
    }

    public record Log(@Size(max = 128) String token, @NotNull @Size(max = SysService.MAX_LOG) String log) {
    }

    /** HH-SYS-01 Check for app update. */
    @POST
    @Path("sys/update")
    @Operation(summary = "HH-SYS-01 Check for app update", description = "{} without info when the client is up to date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckUpdate.class)))
    public JsonObject checkUpdate() {
        CheckUpdate r = params.bind(CheckUpdate.class);
        String type = r.devicesType() != null ? r.devicesType() : r.deviceType();
        if (type == null || !(type.equals("android") || type.equals("ios"))) {
            throw HeiheiFailure.badParam("devicesType must be android or ios");
        }
        JsonObjectBuilder reply = HeiheiDialect.ok();
        sys.newerThan(r.versionCode(), type, r.channel()).ifPresent(u -> reply.add("info", Jsons.createObjectBuilder()
                .add("force", u.force()).add("url", u.url()).add("title", u.title()).add("text", u.text())
                .add("fileName", u.fileName()).add("versionCode", u.versionCode()).add("channel", u.channel())));
        return reply.build();
    }

    /** HH-SYS-02 Upload client log. */
    @POST
    @Path("sys/upload-log")
    @Operation(summary = "HH-SYS-02 Upload client log", description = "At most 16,384 characters (700 above); 400 past switchboard.heihei.limits.client-log.per-minute (10) a minute.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Log.class)))
    public JsonObject uploadLog() {
        Log r = params.bind(Log.class);
        sys.uploadLog(callers.userId(r.token()), r.log());
        return HeiheiDialect.success();
    }

    /** HH-SOCIAL-01 Home-page banners. */
    @POST
    @Path("social/get-banner")
    @Operation(summary = "HH-SOCIAL-01 Home-page banners", description = "link is a deep link: type 1 user, 2 live, 3 webview.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Token.class)))
    public JsonObject banners() {
        Token r = params.bind(Token.class);
        callers.userId(r.token());
        JsonArrayBuilder banners = Jsons.createArrayBuilder();
        DeepLinks links = new DeepLinks(settings.linkScheme());
        for (SysService.Banner b : sys.banners()) {
            String link = switch (b.type()) {
                case 1 -> links.user(Long.parseLong(b.target()));
                case 2 -> links.live(Long.parseLong(b.target()), null);
                default -> links.webview(b.target(), false);
            };
            banners.add(Jsons.createObjectBuilder().add("desc", b.desc()).add("cover", b.cover())
                    .add("type", b.type()).add("link", link));
        }
        return HeiheiDialect.ok().add("expireTime", BANNER_EXPIRE).add("banners", banners).build();
    }
}
