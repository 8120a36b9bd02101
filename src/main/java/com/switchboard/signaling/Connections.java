package com.switchboard.signaling;

import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.bus.ClusterBus;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's open signaling and room sockets. Only connections live here; call state is in the database. A
 * frame for a device or room whose socket is elsewhere goes over the cluster bus, and the instance holding it sends.
 */
@ApplicationScoped
public class Connections {
    private static final Logger LOG = Logger.getLogger(Connections.class.getName());
    static final String FEATURE = "signaling";
    static final CloseReason REPLACED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "replaced");

    /** One open socket, with the time anything last arrived on it. */
    public static final class Link {
        final String id = UUID.randomUUID().toString();
        final Session session;
        volatile long lastSeen = System.currentTimeMillis();
        /** Set when the server closes a room because its call ended: the other peer is told that, not peer_left. */
        volatile boolean roomEnded;

        Link(Session session) {
            this.session = session;
        }

        void seen() {
            lastSeen = System.currentTimeMillis();
        }

        /** Sends are serialised per socket: the container allows one blocking send at a time. */
        boolean send(String text) {
            synchronized (this) {
                try {
                    if (session.isOpen()) {
                        session.getBasicRemote().sendText(text);
                        return true;
                    }
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.FINE, "send failed", e);
                }
                return false;
            }
        }

        void ping() {
            synchronized (this) {
                try {
                    if (session.isOpen()) {
                        session.getBasicRemote().sendPing(ByteBuffer.allocate(0));
                    }
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.FINE, "ping failed", e);
                }
            }
        }

        void close(CloseReason reason) {
            try {
                session.close(reason);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "close failed", e);
            }
        }
    }

    private final String instanceId = UUID.randomUUID().toString();
    private final Map<Device, Link> devices = new ConcurrentHashMap<>();
    private final Map<String, Set<Link>> rooms = new ConcurrentHashMap<>();
    /** Devices whose socket is being opened here: frames for them wait until it is attached. */
    private final Map<Device, Holding> opening = new ConcurrentHashMap<>();

    /**
     * Frames for a device between its upgrade request and its socket's registration. The upgrade is answered before
     * the socket is registered, so a peer can already address the device; those frames are delivered, in order, as
     * soon as the socket is.
     */
    private static final class Holding {
        final long since = System.currentTimeMillis();
        final List<String> frames = new java.util.ArrayList<>();
        boolean done;

        synchronized boolean offer(String frame) {
            if (done || frames.size() >= 64) {
                return false;
            }
            frames.add(frame);
            return true;
        }

        synchronized void flushTo(Link link) {
            done = true;
            frames.forEach(link::send);
            frames.clear();
        }
    }

    /** The device's upgrade was accepted here: hold its frames until its socket is attached. */
    void opening(Device device) {
        opening.put(device, new Holding());
    }

    @Inject
    ClusterBus bus;

    public String instanceId() {
        return instanceId;
    }

    /**
     * Wraps a newly opened socket. Idleness is judged by {@link #pingAll}, which counts pongs, so the container's own
     * idle timeout is off.
     */
    Link open(Session session, int maxTextBytes) {
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(maxTextBytes);
        Link link = new Link(session);
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> link.seen());
        return link;
    }

    /**
     * Routes the device's frames to {@code link} from now on, first those held since its upgrade; returns the socket
     * that had them here, if any.
     */
    Link attach(Device device, Link link) {
        Link older = devices.put(device, link);
        Holding held = opening.remove(device);
        if (held != null) {
            held.flushTo(link);
        }
        return older;
    }

    /** Undoes {@link #attach} for a socket whose connect failed. */
    void restore(Device device, Link link, Link older) {
        if (older == null) {
            devices.remove(device, link);
        } else {
            devices.replace(device, link, older);
        }
    }

    /**
     * Carries out what a device's connect asks for, once its new socket has its frames: an older socket of the
     * device here is closed directly (one socket per device), any other replaced socket wherever it is.
     */
    void replaced(Link older, Link link, List<Effect> effects) {
        List<Effect> rest = new java.util.ArrayList<>();
        for (Effect effect : effects) {
            if (!(effect instanceof Effect.Replace r && older != null && older.id.equals(r.connectionId()))) {
                rest.add(effect);
            }
        }
        if (older != null && older != link) {
            older.close(REPLACED);
        }
        apply(rest);
    }

    void detach(Device device, Link link) {
        devices.remove(device, link);
    }

    /** Carries out what a committed transition asks for. */
    public void apply(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Frame f) {
                if (!deliverHere(f.to(), f.body().toString())) {
                    publish(Json.createObjectBuilder().add("op", "frame")
                            .add("phone", f.to().phone()).add("device_id", f.to().deviceId())
                            .add("body", f.body()));
                }
            } else if (effect instanceof Effect.Replace r) {
                if (!closeLocal(r.device(), r.connectionId())) {
                    publish(Json.createObjectBuilder().add("op", "replace")
                            .add("phone", r.device().phone()).add("device_id", r.device().deviceId())
                            .add("conn", r.connectionId()));
                }
            } else if (effect instanceof Effect.RoomEnded e) {
                closeRoom(e.roomId());
                publish(Json.createObjectBuilder().add("op", "room_ended")
                        .add("room_id", e.roomId()));
            }
        }
    }

    // --- rooms (SIG-13) ---

    /** Inside compute, so a peer joining cannot land in a set that a leaving peer is removing at that moment. */
    void joinRoom(String roomId, Link link) {
        rooms.compute(roomId, (r, links) -> {
            Set<Link> members = links == null ? ConcurrentHashMap.newKeySet() : links;
            members.add(link);
            return members;
        });
    }

    void leaveRoom(String roomId, Link link) {
        rooms.computeIfPresent(roomId, (r, links) -> {
            links.remove(link);
            return links.isEmpty() ? null : links;
        });
    }

    /** Relays a room message to the room's other peer, here or on another instance. */
    void relay(String roomId, Link from, String text) {
        if (!sendToRoom(roomId, from.id, text)) {
            publish(Json.createObjectBuilder().add("op", "room").add("room_id", roomId)
                    .add("from", from.id).add("text", text));
        }
    }

    private boolean sendToRoom(String roomId, String fromId, String text) {
        boolean sent = false;
        for (Link peer : rooms.getOrDefault(roomId, Set.of())) {
            if (!peer.id.equals(fromId)) {
                sent |= peer.send(text);
            }
        }
        return sent;
    }

    private void closeRoom(String roomId) {
        Set<Link> links = rooms.remove(roomId);
        if (links != null) {
            String closed = Json.createObjectBuilder().add("type", "room_closed").build().toString();
            for (Link link : links) {
                link.roomEnded = true;
                link.send(closed);
                link.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "call ended"));
            }
        }
    }

    /** Sends to the device's socket here, or holds the frame while its socket is being opened here. */
    private boolean deliverHere(Device device, String frame) {
        Link local = devices.get(device);
        if (local != null && local.send(frame)) {
            return true;
        }
        Holding held = opening.get(device);
        if (held != null && held.offer(frame)) {
            return true;
        }
        Link now = devices.get(device); // attached meanwhile: the holding was flushed
        return now != null && now != local && now.send(frame);
    }

    private boolean closeLocal(Device device, String connectionId) {
        Link link = devices.get(device);
        if (link != null && link.id.equals(connectionId)) {
            devices.remove(device, link);
            link.close(REPLACED);
            return true;
        }
        return false;
    }

    /** Every instance sees its own messages too; it already did what it could locally before publishing. */
    private void publish(jakarta.json.JsonObjectBuilder message) {
        bus.publish(FEATURE, message.add("origin", instanceId).build());
    }

    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(FEATURE) || instanceId.equals(delivery.body().getString("origin", ""))) {
            return;
        }
        JsonObject m = delivery.body();
        switch (m.getString("op", "")) {
            case "frame" -> deliverHere(new Device(m.getString("phone"), m.getString("device_id")),
                    m.getJsonObject("body").toString());
            case "replace" -> closeLocal(new Device(m.getString("phone"), m.getString("device_id")), m.getString("conn"));
            case "room" -> sendToRoom(m.getString("room_id"), m.getString("from"), m.getString("text"));
            case "room_ended" -> closeRoom(m.getString("room_id"));
            default -> LOG.fine(() -> "unknown signaling bus op " + m);
        }
    }

    /** Server pings (SIG-03 Proposed: every 30 s); a socket silent for longer than {@code idleMillis} is dropped. */
    void pingAll(long idleMillis) {
        long silentSince = System.currentTimeMillis() - idleMillis;
        long abandoned = System.currentTimeMillis() - 30_000;
        opening.values().removeIf(h -> h.since < abandoned); // upgrades whose socket never opened
        for (Link link : allLinks()) {
            if (link.lastSeen < silentSince) {
                link.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle"));
            } else {
                link.ping();
            }
        }
    }

    private List<Link> allLinks() {
        List<Link> all = new java.util.ArrayList<>(devices.values());
        rooms.values().forEach(all::addAll);
        return all;
    }

    public int deviceCount() {
        return devices.size();
    }

    public boolean holds(Device device) {
        return devices.containsKey(device);
    }

    /** On shutdown sockets are closed so clients reconnect, reaching another instance. */
    @PreDestroy
    void closeAll() {
        for (Link link : allLinks()) {
            link.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server stopping"));
        }
    }
}
