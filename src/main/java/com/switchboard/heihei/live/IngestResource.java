package com.switchboard.heihei.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The RTMP ingest's callbacks (nginx-rtmp {@code on_publish} / {@code on_publish_done}): a form with the stream
 * {@code name} and the publish URL's arguments ({@code key}); any 2xx lets the publish go on, anything else ends it.
 */
@Path("ingest/rtmp")
@RequestScoped
@Tag(name = "heihei live ingest", description = "nginx-rtmp callbacks for heihei.md §7 stream addresses")
public class IngestResource {
    @Inject
    LiveService lives;

    /** A publish may start only with the stream key of that live's push address, while the live is unclosed. */
    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Ingest on_publish: 204 accepts the stream, 403 refuses it")
    public Response publish(@FormParam("name") String name, @FormParam("key") String key) {
        boolean ok = name != null && name.length() <= 64 && lives.publish(name, key);
        return Response.status(ok ? Response.Status.NO_CONTENT : Response.Status.FORBIDDEN).build();
    }

    /** The anchor's stream is gone: the heartbeat rule may end the live. */
    @POST
    @Path("publish-done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Ingest on_publish_done: the live's stream is gone")
    public Response publishDone(@FormParam("name") String name, @FormParam("key") String key) {
        boolean ok = name != null && name.length() <= 64 && lives.publishDone(name, key);
        return Response.status(ok ? Response.Status.NO_CONTENT : Response.Status.FORBIDDEN).build();
    }
}
