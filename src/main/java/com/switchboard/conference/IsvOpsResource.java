package com.switchboard.conference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators provision ISV applications (the seed's "obtained offline"). */
@Path("ops/isv")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IsvOpsResource {
    @Inject
    IsvService isv;

    @POST
    @Path("apps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provision an ISV application ({\"name\":\"…\"}): its account_identifer, key_permanent "
            + "and key_temp")
    public Response provision(JsonObject body) {
        String name = body != null && body.get("name") instanceof JsonString s ? s.getString().trim() : "";
        if (name.isEmpty() || name.length() > 200) {
            return Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", "name (1-200 characters) is required").build()).build();
        }
        IsvService.Provisioned p = isv.provision(name);
        return Response.ok(Json.createObjectBuilder().add("account_identifer", p.identifer())
                .add("key_permanent", p.keyPermanent()).add("key_temp", p.keyTemp()).build()).build();
    }
}
