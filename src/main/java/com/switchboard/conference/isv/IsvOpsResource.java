package com.switchboard.conference.isv;

import com.switchboard.conference.ConferenceService;
import com.switchboard.conference.IsvConference;
import com.switchboard.conference.webhook.IsvWebhook;
import com.switchboard.conference.webhook.WebhookOutbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Operators provision ISV applications (the seed's "obtained offline"). */
@Path("ops/isv")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IsvOpsResource {
    @Inject
    IsvService isv;
    @Inject
    ConferenceService conferences;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    IsvBalance balance;

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

    @GET
    @Path("accounts/{identify}")
    @Operation(summary = "An organisation account's balances and what conferences have charged it")
    public Response account(@PathParam("identify") String identify) {
        return isv.account(identify).map(a -> {
            long[] charged = balance.charged(a.id());
            return Response.ok(Json.createObjectBuilder().add("account_identify", a.identify())
                    .add("account_status", a.status()).add("minutes", a.minutes()).add("money_fen", a.moneyFen())
                    .add("unit_price", a.unitPrice() == null ? "" : a.unitPrice().toPlainString())
                    .add("charged_minutes", charged[0]).add("charged_fen", charged[1]).build()).build();
        }).orElse(notFound("no such account"));
    }

    @GET
    @Path("conferences/{sessionId}")
    @Operation(summary = "A conference's state and its legs (call_state, times, hangup cause, units charged)")
    public Response conference(@PathParam("sessionId") String sessionId) {
        return conferences.view(sessionId).map(v -> {
            JsonArrayBuilder legs = Json.createArrayBuilder();
            v.legs().forEach(l -> legs.add(Json.createObjectBuilder().add("id", l.id()).add("number", l.number())
                    .add("caller", l.callerLeg()).add("call_state", l.state().name())
                    .add("answered_at", String.valueOf(l.answeredAt())).add("ended_at", String.valueOf(l.endedAt()))
                    .add("hangup_cause", String.valueOf(l.hangupCause())).add("charged_units", l.chargedUnits())
                    .add("charged_fen", l.chargedFen()).add("charge_pending", l.nextChargeAt() != null
                            && l.state().terminal())));
            IsvConference c = v.conference();
            return Response.ok(Json.createObjectBuilder().add("session_id", c.sessionId())
                    .add("state", c.state().name()).add("end_reason", String.valueOf(c.endReason()))
                    .add("legs", legs).build()).build();
        }).orElse(notFound("no such conference"));
    }

    @GET
    @Path("webhooks")
    @Operation(summary = "CONF-08/09 callbacks in a state (default DEAD; REJECTED, PENDING, DELIVERED), newest 500, "
            + "optionally of one account, with the count in every state; DEAD and REJECTED are the dead letters")
    public Response webhooks(@QueryParam("state") @DefaultValue("DEAD") String state,
                             @QueryParam("account") String identify) {
        if (!List.of(IsvWebhook.PENDING, IsvWebhook.DELIVERED, IsvWebhook.REJECTED, IsvWebhook.DEAD)
                .contains(state)) {
            return Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", "state must be PENDING, DELIVERED, REJECTED or DEAD").build()).build();
        }
        Long accountId = null;
        if (identify != null && !identify.isBlank()) {
            var account = isv.account(identify);
            if (account.isEmpty()) {
                return notFound("no such account");
            }
            accountId = account.get().id();
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (IsvWebhook w : webhooks.list(state, accountId, 500)) {
            items.add(Json.createObjectBuilder().add("event_id", w.eventId()).add("kind", w.kind())
                    .add("url", w.url()).add("state", w.state()).add("attempts", w.attempts())
                    .add("created_at", w.createdAt().toString())
                    .add("finished_at", String.valueOf(w.finishedAt()))
                    .add("last_outcome", w.lastOutcome() == null ? "" : w.lastOutcome()).add("body", w.body()));
        }
        var counts = Json.createObjectBuilder();
        webhooks.counts(accountId).forEach(counts::add);
        return Response.ok(Json.createObjectBuilder().add("counts", counts).add("webhooks", items).build()).build();
    }

    private static Response notFound(String why) {
        return Response.status(404).entity(Json.createObjectBuilder().add("error", why).build()).build();
    }
}
