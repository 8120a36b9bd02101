package com.switchboard.signaling;

import com.switchboard.platform.binding.JsonText;
import com.switchboard.platform.realtime.Link;
import com.switchboard.platform.realtime.Owner;
import com.switchboard.platform.realtime.RealtimeRegistry;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SIG-03 One device's signaling socket ({@code /socket.io?token=…}, opened by {@link SocketUpgradeServlet} only for
 * a valid token, whose presence is committed before the upgrade is answered). Identity comes from the token, never from message fields. Plain WebSocket, one JSON object per
 * text frame.
 */
public class SignalingSocket extends jakarta.websocket.Endpoint {
    private static final Logger LOG = Logger.getLogger(SignalingSocket.class.getName());
    static final String INVALID_FRAME = Frames.error("invalid_frame").toString();

    private final Device device;
    private final Owner owner;
    private final String connection;
    /** What the device's admission (its presence, committed before the upgrade) asked for: older sockets closed. */
    private final List<Effect> replaced;
    private final CallService calls;
    private final SignalingDelivery delivery;
    private Link link;

    SignalingSocket(Device device, String connection, List<Effect> replaced, CallService calls,
                    SignalingDelivery delivery) {
        this.device = device;
        this.owner = SignalingDelivery.owner(device);
        this.connection = connection;
        this.replaced = replaced;
        this.calls = calls;
        this.delivery = delivery;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        RealtimeRegistry registry = delivery.registry();
        link = registry.open(session, connection, 64 * 1024);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        // The frames held since the admission arrive first; only then is an older socket of the device closed.
        List<Link> older = registry.attach(owner, link, true);
        List<String> closedHere = new java.util.ArrayList<>();
        for (Link old : older) {
            closedHere.add(old.id());
            old.close(RealtimeRegistry.REPLACED);
        }
        delivery.apply(replaced.stream()
                .filter(e -> !(e instanceof Effect.Replace r && closedHere.contains(r.connectionId()))).toList());
    }

    void onText(String text) {
        link.seen();
        JsonObject frame;
        try {
            JsonValue value = JsonText.read(text);
            if (!(value instanceof JsonObject o) || !(o.get("type") instanceof JsonString)) {
                link.send(INVALID_FRAME);
                return;
            }
            frame = o;
        } catch (JsonException e) {
            link.send(INVALID_FRAME);
            return;
        }
        try {
            List<Effect> effects = handle(frame);
            if (effects == null) {
                link.send(INVALID_FRAME);
            } else {
                delivery.apply(effects);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signaling frame from " + device + " failed", e);
            link.send(Frames.error("server_error").toString());
        }
    }

    /** @return the effects to carry out, or null when a known message lacks its string fields */
    private List<Effect> handle(JsonObject frame) {
        String type = frame.getString("type");
        switch (type) {
            case "call": {
                Device to = device(frame, "to_phone", "to_device_id");
                return to == null ? null : calls.call(device, link.id(), to);
            }
            case "called_success":
            case "called_refuse": {
                Device from = device(frame, "from_phone", "from_device_id");
                String room = text(frame, "room_id");
                return from == null || room == null ? null
                        : calls.answer(device, room, from, type.equals("called_success"));
            }
            case "calling_hangup": {
                Device notified = device(frame, "notified_phone", "notified_device_id");
                String room = frame.containsKey("room_id") ? text(frame, "room_id") : "";
                return notified == null || room == null ? null : calls.hangup(device, notified, room);
            }
            default:
                LOG.info(() -> "Ignored signaling frame of unknown type '" + abbreviated(type) + "' from " + device);
                return List.of();
        }
    }

    private static Device device(JsonObject frame, String phone, String deviceId) {
        String p = text(frame, phone);
        String d = text(frame, deviceId);
        return p == null || d == null ? null : new Device(p, d);
    }

    private static String text(JsonObject frame, String name) {
        return frame.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String abbreviated(String s) {
        String clean = s.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        delivery.registry().detach(owner, link);
        try {
            calls.disconnected(device, link.id());
        } catch (RuntimeException e) {
            // Stopping: another instance's sweep will count this socket as closed when this one stops beating.
            LOG.log(Level.FINE, "Could not record the disconnect of " + device, e);
        }
    }

    @Override
    public void onError(Session session, Throwable thrown) {
        LOG.log(Level.FINE, "Signaling socket of " + device + " failed", thrown);
    }
}
