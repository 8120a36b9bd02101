package com.switchboard.push;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operations view of this instance's long-polls. */
@Path("ops/push/parked")
@RequestScoped
public class PushOpsResource {
    @Inject
    PushChannel channel;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether this instance holds a parked long-poll for the device, and how many it holds")
    public JsonObject parked(@QueryParam("acc") String acc, @QueryParam("device_id") String deviceId) {
        return Jsons.createObjectBuilder()
                .add("parked", acc != null && deviceId != null && channel.isParked(acc, deviceId))
                .add("total", channel.parkedCount())
                .build();
    }
}
