package com.switchboard.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator actions on lwork accounts. */
@Path("ops/lwork/activation")
@RequestScoped
public class AccountOpsResource {
    @Inject
    AccountService accounts;

    /** {@code {"uuid":"136","activated":false}}: a deactivated account cannot start calls ({@code not_actived}). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate or deactivate an lwork account")
    public Response activation(JsonObject body) {
        JsonValue uuid = body == null ? null : body.get("uuid");
        JsonValue activated = body == null ? null : body.get("activated");
        if (uuid == null || activated == null || (activated != JsonValue.TRUE && activated != JsonValue.FALSE)) {
            return Response.status(400).entity(Jsons.createObjectBuilder()
                    .add("error", "uuid and activated (boolean) are required").build()).build();
        }
        String id = uuid.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) uuid).getString() : uuid.toString();
        if (!accounts.setActivated(id, activated == JsonValue.TRUE)) {
            return Response.status(404).entity(Jsons.createObjectBuilder().add("error", "no such account").build())
                    .build();
        }
        return Response.ok(Jsons.createObjectBuilder().add("uuid", id).add("activated", activated).build()).build();
    }
}
