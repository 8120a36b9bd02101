package com.switchboard.signaling;

import com.switchboard.platform.realtime.Link;
import com.switchboard.platform.realtime.RealtimeRegistry;
import com.switchboard.platform.binding.Jsons;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SIG-13 room socket ({@code /socket.io/room?room_id=…}): the two peers of a room exchange their WebRTC offer,
 * answer and ICE candidates through it. The server relays {@code offer}, {@code answer} and {@code candidate}
 * objects unchanged to the other peer and says {@code joined} (to the newcomer),
 * {@code peer_joined}, {@code peer_left}, {@code room_closed} and {@code error} ({@code room_full}, {@code invalid_frame}).
 */
public class RoomSocket extends jakarta.websocket.Endpoint {
    private static final Logger LOG = Logger.getLogger(RoomSocket.class.getName());
    static final Set<String> RELAYED = Set.of("offer", "answer", "candidate", "bye");
    static final String PEER_JOINED = "{\"type\":\"peer_joined\"}";
    static final String PEER_LEFT = "{\"type\":\"peer_left\"}";

    private final String roomId;
    private final String topic;
    private final String connection;
    private final CallService calls;
    private final RealtimeRegistry registry;
    private Link link;
    private boolean joined;

    RoomSocket(String roomId, String connection, CallService calls, SignalingDelivery delivery) {
        this.roomId = roomId;
        this.topic = SignalingDelivery.topic(roomId);
        this.connection = connection;
        this.calls = calls;
        this.registry = delivery.registry();
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        link = registry.open(session, connection, 256 * 1024);
        // Subscribed here before taking a place, so the first peer can already be reached when the second arrives.
        registry.subscribe(topic, link);
        int peers = calls.joinRoom(roomId, link.id(), registry.instanceId());
        if (peers == 0) {
            registry.unsubscribe(topic, link);
            link.send(Frames.error("room_full").toString());
            link.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "room full"));
            return;
        }
        joined = true;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        link.send(Jsons.createObjectBuilder().add("type", "joined").add("room_id", roomId).build().toString());
        if (peers == 2) { // the peer already there makes the offer
            relay(PEER_JOINED);
        }
    }

    void onText(String text) {
        link.seen();
        String type = FrameScan.type(text);
        if (type != null && RELAYED.contains(type)) {
            relay(text);
        } else {
            link.send(SignalingSocket.INVALID_FRAME);
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (joined) {
            registry.unsubscribe(topic, link);
            try {
                calls.leaveRoom(link.id());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not free the room place of " + roomId, e);
            }
            if (!link.topicClosed()) {
                relay(PEER_LEFT);
            }
        }
    }

    /** To the room's other peer, here or on another instance. */
    private void relay(String text) {
        registry.relay(topic, text, link.id());
    }
}
