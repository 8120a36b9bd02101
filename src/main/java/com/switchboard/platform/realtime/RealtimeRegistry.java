package com.switchboard.platform.realtime;

import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.bus.ClusterBus;
import com.switchboard.platform.tx.AfterCommit;
import com.switchboard.platform.metrics.Count;
import com.switchboard.platform.metrics.Meters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realtime channels' sockets (signaling devices, signaling rooms, the heihei channel) on every instance: this
 * instance's are in {@link LocalSockets}; what concerns sockets elsewhere goes over the cluster bus. Only
 * connections live here; the state behind them is in the database. A frame whose sockets are
 * elsewhere goes over the cluster bus as one message, and each instance fans it out to its own sockets.
 *
 * <p>Admission protocol, which makes an owner reachable from the moment its upgrade is answered: the upgrade servlet
 * checks the token, calls {@link #admitting} and commits the owner's presence, then upgrades; the socket's
 * {@code onOpen} calls {@link #attach}, which delivers what was held meanwhile.
 *
 * <p>What a caller asks inside a transaction (frames, subscriptions, closes) happens once it has committed, in the
 * order asked, and never on a rollback: no socket is written while a request holds a row lock, and no frame tells
 * of a change that did not happen. Writing itself never waits for a client ({@link Link}).
 */
@ApplicationScoped
public class RealtimeRegistry {
    private static final Logger LOG = Logger.getLogger(RealtimeRegistry.class.getName());
    static final String FEATURE = "realtime";
    public static final CloseReason REPLACED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "replaced");
    /** An admitted owner whose socket has not opened for this long gave up; see {@link #expireAdmissions}. */
    public static final long ADMISSION_MILLIS = 30_000;

    /** An admission whose socket never opened. */
    public record Admission(Owner owner, String connectionId) {
    }

    private final String instanceId = UUID.randomUUID().toString();
    private final LocalSockets here = new LocalSockets();

    private static final Object AFTER_COMMIT = new Object();

    @Inject
    ClusterBus bus;
    @Inject
    TopicFrameMetrics frameMetrics;
    @Inject
    RealtimeSettings settings;
    @Resource
    ManagedExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    Meters meters;
    Count slowClosed;

    @PostConstruct
    void register() {
        slowClosed = meters.counter("realtime_sockets_closed_slow",
                "WebSockets this instance closed because their client stopped reading (close code 1008, too slow)");
    }
    /**
     * Whether another instance is alive (its heartbeat, refreshed every second by the sweeper). Alone, a frame whose
     * owner or topic has sockets here needs no bus message; when the owner has none here it still goes out, so an
     * instance started less than a second ago misses nothing addressed to its sockets alone.
     */
    private volatile boolean peers = true;

    void peersAlive(boolean alive) {
        peers = alive;
    }

    public String instanceId() {
        return instanceId;
    }

    public static String newConnectionId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Wraps a newly opened socket. Idleness is judged by {@link SocketWatch}, which counts pongs, so the container's own
     * idle timeout is off.
     */
    public Link open(Session session, String connectionId, int maxTextBytes) {
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(maxTextBytes);
        Link link = new Link(connectionId, session, settings.limits(), executor, slowClosed::inc);
        session.addMessageHandler(PongMessage.class,
                (MessageHandler.Whole<PongMessage>) pong -> link.pong(pong.getApplicationData()));
        return link;
    }

    // --- owners ---

    /**
     * The owner's upgrade was accepted here (call before committing its presence): its frames are held until
     * {@link #attach}. With {@code replaces}, the new socket takes the owner's frames from now on, not its others.
     */
    public void admitting(Owner owner, String connectionId, boolean replaces) {
        here.admitted.add(owner, connectionId, replaces);
    }

    /** The admission failed before any socket opened: forget it. */
    public void abandon(Owner owner, String connectionId) {
        here.admitted.take(owner, connectionId);
    }

    /**
     * Routes the owner's frames to {@code link} from now on, first those held since its admission.
     *
     * @param replace whether the owner keeps one socket here: then its other sockets here are returned, no longer
     *                routed (the caller closes them)
     */
    public List<Link> attach(Owner owner, Link link, boolean replace) {
        return here.attach(owner, link, replace);
    }

    /** Open sockets on this instance by owner channel ({@code signaling}, {@code heihei}). */
    public Map<String, Long> socketsByChannel() {
        return here.byChannel();
    }

    public void detach(Owner owner, Link link) {
        here.detach(owner, link);
    }

    /** Sends a frame to the owner's sockets, here and, as the fan-out says, on the other instances. */
    public void toOwner(Owner owner, String frame, FanOut fanOut) {
        afterCommit(() -> {
            boolean held = here.deliver(owner, frame);
            if (!held || fanOut == FanOut.EVERY_INSTANCE && peers) {
                publish(ownerMessage("owner", owner).add("text", frame));
            }
        });
    }

    /** Closes one connection of the owner, wherever it is. */
    public void close(Owner owner, String connectionId, CloseReason reason) {
        afterCommit(() -> {
            if (!here.close(owner, connectionId, reason)) {
                publish(ownerMessage("close", owner).add("conn", connectionId).add("reason", reason.getReasonPhrase()));
            }
        });
    }

    /** Closes the owner's sockets opened with {@code session}, on every instance (its sign-in ended). */
    public void closeSession(Owner owner, String session, CloseReason reason) {
        afterCommit(() -> {
            here.closeSession(owner, session, reason.getReasonPhrase());
            publish(ownerMessage("close_session", owner).add("session", session).add("reason", reason.getReasonPhrase()));
        });
    }

    /** This instance's sockets of a channel, by owner, with what they were opened with. */
    public Map<Owner, List<Link>> links(String channel) {
        return here.links(channel);
    }

    /** Admissions older than {@link #ADMISSION_MILLIS} whose socket never opened: forgotten, and returned. */
    public List<Admission> expireAdmissions() {
        return here.admitted.expire(System.currentTimeMillis() - ADMISSION_MILLIS);
    }

    // --- topics (rooms) ---

    /** This socket gets the topic's frames (a socket that opens while its owner is in a room). */
    public void subscribe(String topic, Link link) {
        here.subscribe(topic, link);
    }

    public void unsubscribe(String topic, Link link) {
        here.unsubscribe(topic, link);
    }

    /**
     * Subscribes every socket the owner has open, on every instance, to the topic (a user joining a room); sockets
     * the owner opens later are the caller's to subscribe.
     */
    public void subscribeOwner(Owner owner, String topic) {
        afterCommit(() -> {
            here.ownerTopic(owner, topic, true);
            publish(ownerMessage("owner_sub", owner).add("topic", topic));
        });
    }

    /** Undoes {@link #subscribeOwner} on every instance (a user leaving a room). */
    public void unsubscribeOwner(Owner owner, String topic) {
        afterCommit(() -> {
            here.ownerTopic(owner, topic, false);
            publish(ownerMessage("owner_unsub", owner).add("topic", topic));
        });
    }

    /** Unsubscribes every socket from the topic, on every instance, leaving the sockets open (a room that ended). */
    public void dropTopic(String topic) {
        afterCommit(() -> {
            here.dropTopic(topic);
            publish(Jsons.createObjectBuilder().add("op", "drop_topic").add("topic", topic));
        });
    }

    /** Sends a frame to the topic's sockets but {@code fromConnection}'s, here and as the fan-out says elsewhere. */
    public void toTopic(String topic, String frame, String fromConnection, FanOut fanOut) {
        afterCommit(() -> {
            boolean sent = here.toTopic(topic, fromConnection, frame);
            if (!sent || fanOut == FanOut.EVERY_INSTANCE && peers) {
                publishTopicFrame(topic, frame, fromConnection);
            }
        });
    }

    /** A socket's reader relays a frame to its two-peer room ({@link FanOut#FIRST_FOUND}), on its own thread. */
    public void relay(String topic, String frame, String fromConnection) {
        if (!here.toTopic(topic, fromConnection, frame)) {
            publishTopicFrame(topic, frame, fromConnection);
        }
    }

    private void publishTopicFrame(String topic, String frame, String fromConnection) {
        frameMetrics.published();
        publish(Jsons.createObjectBuilder().add("op", "topic").add("topic", topic)
                .add("from", fromConnection == null ? "" : fromConnection).add("text", frame));
    }

    /** Sends {@code lastFrame} to every subscriber of the topic, on every instance, and closes their sockets. */
    public void closeTopic(String topic, String lastFrame, CloseReason reason) {
        afterCommit(() -> {
            here.closeTopic(topic, lastFrame, reason.getCloseCode().getCode(), reason.getReasonPhrase());
            publish(Jsons.createObjectBuilder().add("op", "close_topic").add("topic", topic).add("text", lastFrame)
                    .add("code", reason.getCloseCode().getCode()).add("reason", reason.getReasonPhrase()));
        });
    }

    /** Now, or once the caller's transaction has committed. */
    private void afterCommit(Runnable action) {
        if (!AfterCommit.batch(transactions, AFTER_COMMIT, action, RealtimeRegistry::runAll)) {
            action.run();
        }
    }

    private static void runAll(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A committed realtime action failed", e);
            }
        }
    }

    // --- cluster bus ---

    private JsonObjectBuilder ownerMessage(String op, Owner owner) {
        return Jsons.createObjectBuilder().add("op", op).add("channel", owner.channel()).add("key", owner.key());
    }

    /** Every instance sees its own messages too; it already did what it could locally before publishing. */
    private void publish(JsonObjectBuilder message) {
        bus.publish(FEATURE, message.add("origin", instanceId).build());
    }

    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(FEATURE)) {
            return;
        }
        if ("topic".equals(delivery.body().getString("op", ""))) {
            frameMetrics.received();
        }
        if (instanceId.equals(delivery.body().getString("origin", ""))) {
            return;
        }
        peers = true; // heard from another instance before its heartbeat was read
        JsonObject m = delivery.body();
        switch (m.getString("op", "")) {
            case "owner" -> here.deliver(owner(m), m.getString("text"));
            case "close" -> here.close(owner(m), m.getString("conn"),
                    new CloseReason(REPLACED.getCloseCode(), m.getString("reason", "")));
            case "close_session" -> here.closeSession(owner(m), m.getString("session"), m.getString("reason", ""));
            case "owner_sub" -> here.ownerTopic(owner(m), m.getString("topic"), true);
            case "owner_unsub" -> here.ownerTopic(owner(m), m.getString("topic"), false);
            case "drop_topic" -> here.dropTopic(m.getString("topic"));
            case "topic" -> here.toTopic(m.getString("topic"), m.getString("from"), m.getString("text"));
            case "close_topic" -> here.closeTopic(m.getString("topic"), m.getString("text"), m.getInt("code"),
                    m.getString("reason", ""));
            default -> LOG.fine(() -> "unknown realtime bus op " + m);
        }
    }

    private static Owner owner(JsonObject m) {
        return new Owner(m.getString("channel"), m.getString("key"));
    }

    // --- liveness ({@link SocketWatch}) ---

    Set<Link> allLinks() {
        return here.all();
    }

    /** On shutdown sockets are closed so clients reconnect, reaching another instance. */
    @PreDestroy
    void closeAll() {
        for (Link link : allLinks()) {
            link.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server stopping"));
        }
    }
}
