package com.switchboard.ops;

import com.switchboard.platform.outbox.Outbox;
import com.switchboard.platform.outbox.OutboxEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.StringReader;

/** What the offline integrations would have sent, oldest first. */
@Path("ops/outbox")
@RequestScoped
public class OutboxResource {
    @Inject
    Outbox outbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offline outbox: SMS, device pushes and webhooks the server would have sent")
    public JsonObject list(@QueryParam("channel") String channel, @QueryParam("to") String to) {
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (OutboxEntry e : outbox.list(channel, to)) {
            items.add(Jsons.createObjectBuilder()
                    .add("id", String.valueOf(e.id()))
                    .add("channel", e.channel())
                    .add("to", e.target())
                    .add("payload", Jsons.createReader(new StringReader(e.payload())).readObject())
                    .add("createdAt", e.createdAt().toString()));
        }
        return Jsons.createObjectBuilder().add("items", items).build();
    }
}
