package com.switchboard.heihei.channel;

import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiDialect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
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

/** HH-MSG-05: the message server's send, for other servers holding the shared secret (never for apps). */
@Path("messageserver/api/msg")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei message server", description = "heihei.md HH-MSG-05, §13.2")
public class MessageServerResource {
    @Inject
    RequestParams params;
    @Inject
    MessageServer server;

    /** {@code data}: a server envelope as JSON text (or object); {@code signature}: its HMAC with the shared secret. */
    public record Send(@NotNull JsonValue data, @NotBlank @Size(max = 128) String signature) {
        /** The signed text: the string as sent, or an object's compact JSON. */
        String text() {
            return data instanceof JsonString s ? s.getString() : data.toString();
        }
    }

    /** HH-MSG-05 Message server: send message (internal). */
    @POST
    @Path("send-msg.action")
    @Operation(summary = "HH-MSG-05 Message server: send message (internal)", description = "signature = base64url(HMAC-SHA256(data, SWITCHBOARD_HEIHEI_MESSAGE_SECRET)); 701 when it does not match. data is a tosingle, toChat or toLive envelope. Proposed: an envelope carrying nonce (<= 64 characters) is accepted once and only while its timeStamp (ms) is within 300 s of now (701 otherwise); SWITCHBOARD_HEIHEI_MESSAGE_REQUIRE_NONCE=true refuses envelopes without them (700).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Send.class)))
    public JsonObject send() {
        Send r = params.bind(Send.class);
        server.send(r.text(), r.signature());
        return HeiheiDialect.success();
    }
}
