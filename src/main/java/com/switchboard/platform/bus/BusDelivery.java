package com.switchboard.platform.bus;

import jakarta.json.JsonObject;

/** A {@code cluster.bus} message as received by this instance, fired as a CDI event for the feature it names. */
public record BusDelivery(String feature, JsonObject body) {
    public boolean is(String name) {
        return name.equals(feature);
    }
}
