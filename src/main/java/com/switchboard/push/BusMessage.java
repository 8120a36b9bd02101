package com.switchboard.push;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;

/**
 * What travels on the {@code cluster.bus} topic. Every instance receives it; only the one holding the device's
 * parked poll acts.
 *
 * @param kind   {@code WAKE}: the device's standing or queue changed; {@code POLL_STARTED}: a newer poll for the
 *               device was parked by instance {@code origin}, so any older one elsewhere is answered {@code []}
 * @param at     when the message was published (epoch ms); a POLL_STARTED that arrives late must not end a poll that
 *               started after it
 */
public record BusMessage(Kind kind, String account, String deviceId, String origin, long at) {
    public enum Kind { WAKE, POLL_STARTED }

    public JsonObject toJson() {
        return Jsons.createObjectBuilder().add("kind", kind.name()).add("acc", account).add("device", deviceId)
                .add("origin", origin == null ? "" : origin).add("at", at)
                .build();
    }

    public static BusMessage fromJson(JsonObject o) {
        return new BusMessage(Kind.valueOf(o.getString("kind")), o.getString("acc"), o.getString("device"),
                o.getString("origin", ""), o.getJsonNumber("at").longValue());
    }
}
