package com.switchboard.push;

import com.switchboard.platform.wire.LworkDialect;
import com.switchboard.platform.bus.BusDelivery;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.AsyncResponse;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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

    @Inject
    PushSettings settings;
    @Inject
    PushChannelService service;
    @Resource
    ManagedExecutorService executor;
    @Inject
    PushBus bus;

    /** Parks the poll, then looks once: parking first means no wake-up can slip between look and park. */
    public void poll(String acc, String deviceId, AsyncResponse async) {
        DeviceKey key = new DeviceKey(acc, deviceId);
        ParkedPoll poll = new ParkedPoll(key, System.currentTimeMillis(), async);
        async.setTimeoutHandler(timedOut -> finish(poll, SHAKE_HAND));
        async.setTimeout(settings.holdSeconds, TimeUnit.SECONDS);
        ParkedPoll older = parked.put(key, poll);
        if (older != null) {
            finish(older, NOTHING); // one pending poll per device: the newer wins
        }
        bus.publish(new BusMessage(BusMessage.Kind.POLL_STARTED, acc, deviceId, instanceId, poll.startedAt()));
        look(poll, true);
    }

    /** Called for every cluster bus message; acts only if this instance holds the device's poll. */
    void onBus(@Observes BusDelivery delivery) {
        if (!delivery.is(PushBus.FEATURE)) {
            return;
        }
        BusMessage message = BusMessage.fromJson(delivery.body());
        ParkedPoll poll = parked.get(new DeviceKey(message.account(), message.deviceId()));
        if (poll == null) {
            return;
        }
        switch (message.kind()) {
            // The bus listener hands the database look to the executor: one slow look must not hold up the
            // wake-ups of every other device behind it.
            case WAKE -> executor.execute(() -> look(poll, false));
            case POLL_STARTED -> {
                if (!instanceId.equals(message.origin()) && poll.startedAt() <= message.at()) {
                    finish(poll, NOTHING);
                }
            }
        }
    }

    /** On shutdown, parked clients are answered at once so they poll again, reaching another instance. */
    @PreDestroy
    void releaseAll() {
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
