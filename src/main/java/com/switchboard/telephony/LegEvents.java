package com.switchboard.telephony;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** {@link LegEvent}s as the JSON text of a {@code telephony.events} message, and back. */
public final class LegEvents {
    private LegEvents() {
    }

    public static JsonObject toJson(LegEvent event) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("leg", event.leg().value());
        if (event instanceof LegEvent.Offered offered) {
            b.add("type", "offered").add("caller", offered.caller()).add("callee", offered.callee());
        } else if (event instanceof LegEvent.Trying) {
            b.add("type", "trying");
        } else if (event instanceof LegEvent.Ringing) {
            b.add("type", "ringing");
        } else if (event instanceof LegEvent.Answered) {
            b.add("type", "answered");
        } else if (event instanceof LegEvent.Released released) {
            b.add("type", "released").add("cause", released.cause().name());
        } else if (event instanceof LegEvent.Stats stats) {
            b.add("type", "stats").add("stats", stats.stats().toJson());
        }
        return b.build();
    }

    /** The event, with stats kept as their JSON object (the call records them as they are). */
    public static LegEvent fromJson(JsonObject json) {
        LegId leg = new LegId(json.getString("leg"));
        switch (json.getString("type")) {
            case "offered":
                return new LegEvent.Offered(leg, json.getString("caller"), json.getString("callee"));
            case "trying":
                return new LegEvent.Trying(leg);
            case "ringing":
                return new LegEvent.Ringing(leg);
            case "answered":
                return new LegEvent.Answered(leg);
            case "released":
                return new LegEvent.Released(leg, ReleaseCause.valueOf(json.getString("cause")));
            case "stats":
                JsonObject s = json.getJsonObject("stats");
                return new LegEvent.Stats(leg, new LegEvent.MediaStats(s.getString("ip"),
                        s.getJsonNumber("pr").longValue(), s.getJsonNumber("pl").longValue(),
                        num(s, "avgIJ"), num(s, "jitter"), num(s, "avgrttms"), num(s, "rttms"), num(s, "lostrate"),
                        num(s, "down_jitter"), num(s, "down_lostrate"), s.getString("total_eval"),
                        s.getString("detail_eval")));
            default:
                throw new IllegalArgumentException("unknown leg event " + json);
        }
    }

    private static double num(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }
}
