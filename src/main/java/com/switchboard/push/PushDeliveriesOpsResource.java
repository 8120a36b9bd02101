package com.switchboard.push;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Operations view of device push: what each push.dispatch attempt came to, and where an account's pushes go. */
@Path("ops/push")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PushDeliveriesOpsResource {
    @Inject
    DevicePush devicePush;

    /** Where the pushes go; empty ({@code {}}) without a registration. */
    public record Registration(String provider, String token) {
    }

    public record Delivery(@JsonbProperty("delivery_id") String deliveryId, String provider, String token,
                           int attempt, String outcome, String detail, String at) {
    }

    public record Deliveries(Registration registration, List<Delivery> items) {
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "Device push attempts of a user (uuid), oldest first, with their outcome")
    public Deliveries deliveries(@QueryParam("uuid") long userId) {
        var to = DevicePush.lwork(userId);
        List<Delivery> items = devicePush.attempts(to, 1000).stream()
                .map(d -> new Delivery(d.deliveryId(), d.provider(), d.token(), d.attempt(), d.outcome(),
                        d.detail() == null ? "" : d.detail(), d.createdAt().toString()))
                .toList();
        Registration registration = devicePush.registration(to).map(r -> new Registration(r.provider(), r.token()))
                .orElse(new Registration(null, null));
        return new Deliveries(registration, items);
    }
}
