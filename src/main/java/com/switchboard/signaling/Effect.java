package com.switchboard.signaling;

import jakarta.json.JsonObject;

/**
 * What a committed call transition asks the connections to do. Computed inside the transaction, carried out after
 * it, locally or over the cluster bus.
 */
public sealed interface Effect {
    /** Send a frame to a device, wherever its socket is. */
    record Frame(Device to, JsonObject body) implements Effect {
    }

    /** Close an older connection of a device that has just connected again. */
    record Replace(Device device, String connectionId) implements Effect {
    }

    /** The call behind a room ended: close the room's sockets. */
    record RoomEnded(String roomId) implements Effect {
    }
}
