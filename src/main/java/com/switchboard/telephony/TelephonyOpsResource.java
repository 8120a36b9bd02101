package com.switchboard.telephony;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators (and tests) play the network on the simulated gateway: a call from outside arrives for a number or an
 * app user (VOIP-36), and its caller may hang up. With a real gateway these answer 409.
 */
@Path("ops/telephony/incoming")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TelephonyOpsResource {
    @Inject
    Telephony telephony;

    /** {@code {"caller":"02150001234","callee":"<account or phone>"}} → {@code {"leg":"in/…"}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulated gateway: a call from the network arrives for callee")
    public Response offer(JsonObject body) {
        if (body == null || !(body.get("caller") instanceof JsonString caller)
                || !(body.get("callee") instanceof JsonString callee) || callee.getString().isBlank()) {
            return error(400, "caller and callee (strings) are required");
        }
        return telephony.simulated()
                .map(g -> Response.ok(Jsons.createObjectBuilder()
                        .add("leg", g.offer(caller.getString(), callee.getString()).value()).build()).build())
                .orElseGet(() -> error(409, "the gateway in use is not the simulated one"));
    }

    /** The caller of an offered call hangs up. */
    @DELETE
    @Operation(summary = "Simulated gateway: the caller of an incoming call hangs up")
    public Response hangUp(@QueryParam("leg") String leg) {
        if (leg == null || !leg.startsWith("in/")) {
            return error(400, "leg (in/…) is required");
        }
        if (telephony.simulated().isEmpty()) {
            return error(409, "the gateway in use is not the simulated one");
        }
        telephony.farEndHangsUp(new LegId(leg));
        return Response.noContent().build();
    }

    private static Response error(int status, String message) {
        return Response.status(status).entity(Jsons.createObjectBuilder().add("error", message).build()).build();
    }
}
