package com.switchboard.notify;

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

/** Operations view of mail watching and rule 6.1. */
@Path("ops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotifyOpsResource {
    @Inject
    NotifyService notify;
    @Inject
    MailWatcher watcher;

    @GET
    @Path("mail/watch")
    @Operation(summary = "This instance's mail watching: mailboxes leased, connections open, watched by IDLE, "
            + "duration of the last poll round")
    public JsonObject watch() {
        MailWatcher.Stats s = watcher.stats();
        return Jsons.createObjectBuilder().add("instance", s.instance()).add("leased", s.leased())
                .add("open", s.open()).add("idle", s.idle()).add("last_round_ms", s.lastRoundMillis()).build();
    }

    @GET
    @Path("notify/pending")
    @Operation(summary = "Notified uids of a user (uuid) with their state: PENDING, ACKED, READ, LOGGED_OUT, EXPIRED")
    public JsonObject pending(@QueryParam("uuid") long userId) {
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        notify.pendingOf(userId).forEach(p -> items.add(Jsons.createObjectBuilder().add("batch", p.batchId())
                .add("event", p.event()).add("mail_acc", p.mailAcc()).add("uid", p.uid()).add("state", p.state())));
        return Jsons.createObjectBuilder().add("pending_total", notify.pendingCount()).add("items", items).build();
    }
}
