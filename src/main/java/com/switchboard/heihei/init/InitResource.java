package com.switchboard.heihei.init;

import com.switchboard.platform.wire.HeiheiDialect;
import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.heihei.user.PushDevices;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** HH-INIT-01: where every endpoint is, grouped by module; called first at every client start, no token needed. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei init", description = "heihei.md §2, HH-INIT-01")
public class InitResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiSettings settings;
    @Inject
    HeiheiCallers callers;
    @Inject
    PushDevices pushDevices;
    @Context
    UriInfo uri;

    /** HH-INIT-01 parameters; {@code deviceType} is accepted as an alias of {@code deveiceType}. */
    public record Init(@NotBlank @Size(max = 16) String ap, @NotBlank @Size(max = 32) String version,
                       @Size(max = 32) String versionType, @Size(max = 32) String buildNumber,
                       @NotBlank @Size(max = 16) String local, @NotBlank @Size(max = 128) String uuid,
                       @Size(max = 64) String model, @Size(max = 32) String resolution,
                       @NotBlank @Size(max = 8) String apiVersion, @Size(max = 64) String osVersion,
                       @Size(max = 16) String apnsType, @Size(max = 256) String apnsToken,
                       @Size(max = 16) String deveiceType, @Size(max = 16) String deviceType,
                       @Size(max = 128) String token, @Size(max = 64) String channel, Long userId) {
    }

    /** HH-INIT-01 Bootstrap. */
    @POST
    @Path("init")
    @Operation(summary = "HH-INIT-01 Bootstrap (init)", description = "Every endpoint's URL by module and init key; with a token and apnsToken, binds the device for push.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Init.class)))
    public JsonObject init() {
        Init r = params.bind(Init.class);
        String deviceType = r.deveiceType() != null ? r.deveiceType() : r.deviceType();
        if (deviceType == null || !(deviceType.equals("android") || deviceType.equals("ios"))) {
            throw HeiheiFailure.badParam("deveiceType must be android or ios");
        }
        if (!r.local().equals("zh_CN") && !r.local().equals("en_US")) {
            throw HeiheiFailure.badParam("local must be zh_CN or en_US");
        }
        if (r.token() != null && !r.token().isBlank() && r.apnsToken() != null && !r.apnsToken().isBlank()) {
            long user = callers.userId(r.token());
            pushDevices.register(user, r.uuid(), r.apnsType() == null ? (deviceType.equals("ios") ? "apns" : "getui")
                    : r.apnsType(), r.apnsToken(), deviceType);
        }
        String base = settings.base(uri);
        Map<String, JsonObjectBuilder> modules = new LinkedHashMap<>();
        for (String m : new String[]{"user", "social", "live", "message", "payment", "chat", "topic", "record", "sys"}) {
            modules.put(m, Jsons.createObjectBuilder());
        }
        for (InitKeys.Endpoint e : InitKeys.ENDPOINTS) {
            modules.get(e.module()).add(e.key(), base + e.path());
        }
        modules.get("message").add("channel", base.replaceFirst("^http", "ws") + "/ws/channel");
        modules.get("payment").add("payAgreement", base + "/static/heihei/pay-agreement.html");
        JsonObjectBuilder reply = HeiheiDialect.ok();
        modules.forEach(reply::add);
        return reply
                .add("aboutus", Jsons.createObjectBuilder()
                        .add("socialPact", base + "/static/heihei/social-pact.html")
                        .add("serviceTerms", base + "/static/heihei/service-terms.html")
                        .add("contactUs", base + "/static/heihei/contact-us.html"))
                .add("tips", Jsons.createObjectBuilder()
                        .add("pay-tips", "充值遇到问题请联系客服").add("search-tips", "输入黑号或昵称搜索"))
                .add("function", Jsons.createObjectBuilder().add("chat", true))
                .add("imgPath", settings.imgPath()).add("actionCode", "0").add("comment", "")
                .build();
    }
}
