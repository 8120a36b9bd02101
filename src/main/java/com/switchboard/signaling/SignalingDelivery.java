package com.switchboard.signaling;

import com.switchboard.platform.realtime.AdmissionExpired;
import com.switchboard.platform.realtime.FanOut;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

import java.util.List;

/**
 * Carries out what a committed call transition asks for ({@link Effect}) on the platform's realtime registry: a
 * device keeps one socket (the {@code signaling} channel), a room (SIG-13) is a topic of two sockets.
 */
@ApplicationScoped
public class SignalingDelivery {
    static final String CHANNEL = "signaling";
    static final String ROOM_CLOSED = "{\"type\":\"room_closed\"}";

    @Inject
    RealtimeRegistry registry;
    @Inject
    CallService calls;

    static Owner owner(Device device) {
        // Length-prefixed, so no phone and device id pair can spell another's key.
        return new Owner(CHANNEL, device.phone().length() + ":" + device.phone() + device.deviceId());
    }

    static String topic(String roomId) {
        return "sig-room:" + roomId;
    }

    public RealtimeRegistry registry() {
        return registry;
    }

    public void apply(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Frame f) {
                registry.toOwner(owner(f.to()), f.body().toString(), FanOut.FIRST_FOUND);
            } else if (effect instanceof Effect.Replace r) {
                registry.close(owner(r.device()), r.connectionId(), RealtimeRegistry.REPLACED);
            } else if (effect instanceof Effect.RoomEnded e) {
                registry.closeTopic(topic(e.roomId()), ROOM_CLOSED,
                        new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "call ended"));
            }
        }
    }

    /** Admitted (presence committed) but the socket never opened: the device is offline again. */
    void admissionExpired(@Observes AdmissionExpired gone) {
        if (gone.owner().channel().equals(CHANNEL)) {
            calls.disconnected(gone.connectionId());
        }
    }
}
