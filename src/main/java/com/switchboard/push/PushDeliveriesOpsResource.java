package com.switchboard.push;

import com.switchboard.platform.reach.Recipient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operations view of device push: what each push.dispatch attempt came to, and where an account's pushes go. */
@Path("ops/push")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PushDeliveriesOpsResource {
    @PersistenceContext
    EntityManager em;
    @Inject
    DevicePush devicePush;

    @GET
    @Path("deliveries")
    @Operation(summary = "Device push attempts of a user (uuid), oldest first, with their outcome")
    public JsonObject deliveries(@QueryParam("uuid") long userId) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        em.createQuery("select d from PushDeliveryRecord d where d.audience = :a and d.userKey = :u order by d.id",
                        PushDeliveryRecord.class)
                .setParameter("a", Recipient.LWORK).setParameter("u", Long.toString(userId)).setMaxResults(1000).getResultList()
                .forEach(d -> items.add(Json.createObjectBuilder().add("delivery_id", d.deliveryId())
                        .add("provider", d.provider()).add("token", d.token()).add("attempt", d.attempt())
                        .add("outcome", d.outcome()).add("detail", d.detail() == null ? "" : d.detail())
                        .add("at", d.createdAt().toString())));
        JsonObject registration = devicePush.registration(DevicePush.lwork(userId))
                .map(r -> Json.createObjectBuilder().add("provider", r.provider()).add("token", r.token()).build())
                .orElse(JsonObject.EMPTY_JSON_OBJECT);
        return Json.createObjectBuilder().add("registration", registration).add("items", items).build();
    }
}
