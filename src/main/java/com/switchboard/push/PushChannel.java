package com.switchboard.push;

import com.switchboard.platform.wire.LworkDialect;
import com.switchboard.platform.bus.BusDelivery;
import com.switchboard.platform.schedule.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.AsyncResponse;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's parked long-polls (VOIP-33). Only open connections live here; what a poll is answered comes from
 * the database through {@link PushChannelService}, so a wake-up from any instance finds the same truth.
 */
@ApplicationScoped
public class PushChannel {
    static final JsonObject SHAKE_HAND = LworkDialect.ok()
            .add("data", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("event", "shake_hand")))
            .build();
    static final JsonObject NOTHING = LworkDialect.ok().add("data", JsonValue.EMPTY_JSON_ARRAY).build();

    private final String instanceId = UUID.randomUUID().toString();
    private final Map<DeviceKey, ParkedPoll> parked = new ConcurrentHashMap<>();
    /**
     * Devices whose latest poll (as far as this instance has heard) started here, with its start time. A poll of
     * such a device needs no POLL_STARTED on the bus: no other instance can hold a newer-than-ours poll of it.
     */
    private final Map<DeviceKey, Long> latestHere = new ConcurrentHashMap<>();
    private final Repeating holdSweep = new Repeating(this::endHolds, 1000);

    @Inject
    PushSettings settings;
    @Inject
    PushChannelService service;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PushBus bus;

    /** Parks the poll, then looks once: parking first means no wake-up can slip between look and park. */
    public void poll(String acc, String deviceId, AsyncResponse async) {
        DeviceKey key = new DeviceKey(acc, deviceId);
        ParkedPoll poll = new ParkedPoll(key, System.currentTimeMillis(), async);
        // The hold is ended by one sweep per second over every parked poll, not a timer per poll: a JAX-RS timeout
        // schedules a task that captures the request's thread contexts, a measurable share of each poll's CPU.
        holdSweep.ensureStarted(scheduler);
        ParkedPoll older = parked.put(key, poll);
        if (older != null) {
            finish(older, NOTHING); // one pending poll per device: the newer wins
        }
        if (latestHere.put(key, poll.startedAt()) == null) {
            announce(poll);
        }
        look(poll, true);
    }

    private void announce(ParkedPoll poll) {
        bus.publish(new BusMessage(BusMessage.Kind.POLL_STARTED, poll.key().account(), poll.key().deviceId(),
                instanceId, poll.startedAt()));
    }

    /** VOIP-39: a poll held {@code hold-seconds} without events is answered {@code shake_hand}. */
    void endHolds() {
        long now = System.currentTimeMillis();
        long holdMillis = settings.holdSeconds * 1000L;
        for (ParkedPoll poll : parked.values()) {
            if (now - poll.startedAt() >= holdMillis) {
                finish(poll, SHAKE_HAND);
            }
        }
        // a device that has not polled here for two holds may poll elsewhere next: announce its next poll again
        latestHere.values().removeIf(startedAt -> now - startedAt > 2 * holdMillis);
    }

    /** Called for every cluster bus message; acts only if this instance holds the device's poll. */
    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(PushBus.FEATURE)) {
            return;
        }
        BusMessage message = BusMessage.fromJson(delivery.body());
        DeviceKey key = new DeviceKey(message.account(), message.deviceId());
        ParkedPoll poll = parked.get(key);
        switch (message.kind()) {
            // The bus listener hands the database look to the executor: one slow look must not hold up the
            // wake-ups of every other device behind it.
            case WAKE -> {
                if (poll != null) {
                    executor.execute(() -> look(poll, false));
                }
            }
            case POLL_STARTED -> {
                if (instanceId.equals(message.origin())) {
                    return;
                }
                if (poll != null && poll.startedAt() > message.at()) {
                    // ours is newer, but the other instance parked its poll without knowing: tell it now
                    announce(poll);
                    return;
                }
                latestHere.remove(key); // the device polls elsewhere: its next poll here must be announced
                if (poll != null) {
                    finish(poll, NOTHING);
                }
            }
        }
    }

    /** On shutdown, parked clients are answered at once so they poll again, reaching another instance. */
    @PreDestroy
    void releaseAll() {
        holdSweep.stop();
        parked.values().forEach(poll -> finish(poll, NOTHING));
    }

    public boolean isParked(String acc, String deviceId) {
        return parked.containsKey(new DeviceKey(acc, deviceId));
    }

    public int parkedCount() {
        return parked.size();
    }

    private void look(ParkedPoll poll, boolean first) {
        synchronized (poll) {
            if (poll.done()) {
                return;
            }
            JsonObject reply = service.answer(poll.key().account(), poll.key().deviceId(), first);
            if (reply != null) {
                finish(poll, reply);
            }
        }
    }

    private void finish(ParkedPoll poll, JsonObject reply) {
        synchronized (poll) {
            if (poll.done()) {
                return;
            }
            poll.markDone();
            parked.remove(poll.key(), poll);
            poll.async().resume(reply);
        }
    }

    record DeviceKey(String account, String deviceId) {
    }

    static final class ParkedPoll {
        private final DeviceKey key;
        private final long startedAt;
        private final AsyncResponse async;
        private boolean done;

        ParkedPoll(DeviceKey key, long startedAt, AsyncResponse async) {
            this.key = key;
            this.startedAt = startedAt;
            this.async = async;
        }

        long startedAt() {
            return startedAt;
        }

        DeviceKey key() {
            return key;
        }

        AsyncResponse async() {
            return async;
        }

        boolean done() {
            return done;
        }

        void markDone() {
            done = true;
        }
    }
}
