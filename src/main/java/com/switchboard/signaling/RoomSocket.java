package com.switchboard.signaling;

import jakarta.json.Json;
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
    private final CallService calls;
    private final Connections connections;
    private Connections.Link link;
    private boolean joined;

    RoomSocket(String roomId, CallService calls, Connections connections) {
        this.roomId = roomId;
        this.calls = calls;
        this.connections = connections;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        link = connections.open(session, 256 * 1024);
        // Listed here before taking a place, so the first peer can already be reached when the second arrives.
        connections.joinRoom(roomId, link);
        int peers = calls.joinRoom(roomId, link.id, connections.instanceId());
        if (peers == 0) {
            connections.leaveRoom(roomId, link);
            link.send(Frames.error("room_full").toString());
            link.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "room full"));
            return;
        }
        joined = true;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        link.send(Json.createObjectBuilder().add("type", "joined").add("room_id", roomId).build().toString());
        if (peers == 2) { // the peer already there makes the offer
            connections.relay(roomId, link, PEER_JOINED);
        }
    }

    void onText(String text) {
        link.seen();
        String type = FrameScan.type(text);
        if (type != null && RELAYED.contains(type)) {
            connections.relay(roomId, link, text);
        } else {
            link.send(SignalingSocket.INVALID_FRAME);
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (joined) {
            connections.leaveRoom(roomId, link);
            try {
                calls.leaveRoom(link.id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not free the room place of " + roomId, e);
            }
            if (!link.roomEnded) {
                connections.relay(roomId, link, PEER_LEFT);
            }
        }
    }
}
