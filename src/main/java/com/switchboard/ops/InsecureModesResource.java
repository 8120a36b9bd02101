package com.switchboard.ops;

import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.config.InsecureModes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The insecure compatibility modes in effect, for the dashboard's banner; ops token. */
@Path("ops/insecure-modes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InsecureModesResource {
    @Inject
    InsecureModes modes;

    @GET
    @Operation(summary = "Insecure compatibility modes in effect",
            description = "→ {\"modes\": [text]}: settings that weaken security for old clients; empty in production.")
    public JsonObject insecureModes() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        modes.inEffect().forEach(list::add);
        return Jsons.createObjectBuilder().add("modes", list).build();
    }
}
