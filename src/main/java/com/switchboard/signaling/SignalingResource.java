package com.switchboard.signaling;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.SignalingDialect;
import com.switchboard.platform.wire.SignalingDialect.Code;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signaling account service (signaling.md §1), replies in the signaling dialect. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signaling accounts", description = "signaling.md §1, SIG-01..02")
public class SignalingResource {
    /** Every field is bound as text; the service checks formats so each gets its own error code. */
    public record Login(String phone, String device_id) {
    }

    public record Contacts(String phone, String token) {
    }

    @Inject
    RequestParams params;
    @Inject
    DirectoryService directory;
    @Context
    HttpServletRequest http;

    /** SIG-01 Device login. */
    @POST
    @Path("account/login")
    @Operation(summary = "SIG-01 Device login: a registered (phone, device_id) gets a token valid 7 days")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Login.class)))
    public JsonObject deviceLogin() {
        Login r = params.bind(Login.class);
        String token = directory.login(r.phone(), r.device_id(), http.getRemoteAddr());
        return success().add("token", token).build();
    }

    /** SIG-02 Get contacts. */
    @POST
    @Path("getContactPersons")
    @Operation(summary = "SIG-02 Get contacts of the token's phone")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Contacts.class)))
    public JsonObject getContactPersons() {
        Contacts r = params.bind(Contacts.class);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        directory.contacts(r.phone(), r.token())
                .forEach(d -> list.add(Jsons.createObjectBuilder().add("phone", d.phone()).add("device_id", d.deviceId())));
        return success().add("contacts", list).build();
    }

    private static jakarta.json.JsonObjectBuilder success() {
        return Jsons.createObjectBuilder(SignalingDialect.reply(Code.ERROR_CODE_NONE, "success"));
    }
}
