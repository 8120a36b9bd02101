package com.switchboard.conference.isv;

import com.switchboard.conference.ConferenceService;
import com.switchboard.conference.webhook.IsvWebhook;
import com.switchboard.conference.webhook.WebhookOutbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
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
            return Response.status(400).entity(new IsvOpsViews.Failure("name (1-200 characters) is required")).build();
        }
        IsvService.Provisioned p = isv.provision(name);
        return Response.ok(IsvOpsViews.Provisioned.of(p)).build();
    }

    @GET
    @Path("accounts/{identify}")
    @Operation(summary = "An organisation account's balances and what conferences have charged it")
    public Response account(@PathParam("identify") String identify) {
        return isv.account(identify).map(a -> Response.ok(IsvOpsViews.Account.of(a, balance.charged(a.id()))).build())
                .orElse(notFound("no such account"));
    }

    @GET
    @Path("conferences/{sessionId}")
    @Operation(summary = "A conference's state and its legs (call_state, times, hangup cause, units charged)")
    public Response conference(@PathParam("sessionId") String sessionId) {
        return conferences.view(sessionId)
                .map(v -> Response.ok(IsvOpsViews.Conference.of(v.conference(), v.legs())).build())
                .orElse(notFound("no such conference"));
    }

    @GET
    @Path("webhooks")
    @Operation(summary = "CONF-08/09 callbacks in a state (default DEAD; REJECTED, PENDING, DELIVERED), newest 500, "
            + "optionally of one account, with the count in every state; DEAD and REJECTED are the dead letters")
    public Response webhooks(@QueryParam("state") @DefaultValue("DEAD") String state,
                             @QueryParam("account") String identify) {
        if (!List.of(IsvWebhook.PENDING, IsvWebhook.DELIVERED, IsvWebhook.REJECTED, IsvWebhook.DEAD)
                .contains(state)) {
            return Response.status(400)
                    .entity(new IsvOpsViews.Failure("state must be PENDING, DELIVERED, REJECTED or DEAD")).build();
        }
        Long accountId = null;
        if (identify != null && !identify.isBlank()) {
            var account = isv.account(identify);
            if (account.isEmpty()) {
                return notFound("no such account");
            }
            accountId = account.get().id();
        }
        return Response.ok(new IsvOpsViews.Webhooks(webhooks.counts(accountId),
                webhooks.list(state, accountId, 500).stream().map(IsvOpsViews.Webhook::of).toList())).build();
    }

    @POST
    @Path("webhooks/{id}/retry")
    @Operation(summary = "Try a dead-lettered (DEAD or REJECTED) CONF-08/09 callback once more now",
            description = "→ 202 {\"id\"}; 404 when there is no dead-lettered callback with that id.")
    public Response retryWebhook(@PathParam("id") long id) {
        return webhooks.retryDead(id) ? Response.accepted(jakarta.json.Json.createObjectBuilder().add("id", id)
                .build()).build() : notFound("no dead-lettered callback with that id");
    }

    private static Response notFound(String why) {
        return Response.status(404).entity(new IsvOpsViews.Failure(why)).build();
    }
}
