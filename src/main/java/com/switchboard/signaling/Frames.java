package com.switchboard.signaling;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The server-to-client messages of signaling.md §2.1, all fields strings. */
final class Frames {
    private Frames() {
    }

    static Effect.Frame callSuccess(Device caller, Device callee, String roomId) {
        return new Effect.Frame(caller, to("call_success", callee).add("room_id", roomId).build());
    }

    /** SIG-06 with the additive {@code reason} (offline, busy, timeout). */
    static Effect.Frame callFailed(Device caller, Device callee, String reason) {
        return new Effect.Frame(caller, to("call_failed", callee).add("reason", reason).build());
    }

    static Effect.Frame callRefuse(Device caller, Device callee) {
        return new Effect.Frame(caller, to("call_refuse", callee).build());
    }

    static Effect.Frame called(Device callee, Device caller, String roomId) {
        return new Effect.Frame(callee, Jsons.createObjectBuilder().add("type", "called")
                .add("from_phone", caller.phone()).add("from_device_id", caller.deviceId())
                .add("room_id", roomId).build());
    }

    /** SIG-12: {@code fire_*} is whoever hung up (or gave up). */
    static Effect.Frame beHangup(Device notified, Device fire, String roomId) {
        return new Effect.Frame(notified, Jsons.createObjectBuilder().add("type", "calling_be_hangup")
                .add("fire_phone", fire.phone()).add("fire_device_id", fire.deviceId())
                .add("room_id", roomId).build());
    }

    static JsonObject error(String reason) {
        return Jsons.createObjectBuilder().add("type", "error").add("reason", reason).build();
    }

    private static JsonObjectBuilder to(String type, Device callee) {
        return Jsons.createObjectBuilder().add("type", type)
                .add("to_phone", callee.phone()).add("to_device_id", callee.deviceId());
    }
}
