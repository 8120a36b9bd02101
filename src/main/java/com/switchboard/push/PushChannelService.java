package com.switchboard.push;

import com.switchboard.account.AccountDirectory;
import com.switchboard.account.DeviceStanding;
import com.switchboard.platform.wire.LworkDialect;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The long-poll channel's rules (VOIP-33, 38, 39): what a device's poll is answered, and the per-device queue. */
@Stateless
public class PushChannelService {
    private static final int QUEUE_BATCH = 100;
    static final JsonObject LOGIN_OTHERWHERE = Jsons.createObjectBuilder().add("event", "login_otherwhere").build();

    @PersistenceContext
    EntityManager em;
    @Inject
    AccountDirectory accounts;
    @Inject
    PushBus bus;

    /**
     * VOIP-33: the reply due to (acc, device) now, or null when the poll should wait. Taken events are removed.
     *
     * @param polled true for the poll's first look (records it for VOIP-12's online state)
     */
    public JsonObject answer(String acc, String deviceId, boolean polled) {
        DeviceStanding standing = accounts.standing(acc, deviceId, polled);
        switch (standing.status()) {
            case NOT_LOGGED_IN:
                return LworkDialect.failed("unlogined");
            case SUPERSEDED:
                discardQueue(standing.userId(), deviceId);
                return LworkDialect.ok().add("data", Jsons.createArrayBuilder().add(LOGIN_OTHERWHERE)).build();
            default:
                JsonArrayBuilder events = takeQueued(standing.userId(), deviceId);
                JsonObject reply = LworkDialect.ok().add("data", events).build();
                return reply.getJsonArray("data").isEmpty() ? null : reply;
        }
    }

    /** Queues an event for a device and wakes its poll wherever it is parked. */
    public void enqueue(String account, Long userId, String deviceId, JsonObject event, Duration ttl) {
        Instant now = Instant.now();
        em.persist(new PushEvent(userId, deviceId, event.toString(), now, ttl == null ? null : now.plus(ttl)));
        bus.wake(account, deviceId);
    }

    private JsonArrayBuilder takeQueued(Long userId, String deviceId) {
        Instant now = Instant.now();
        JsonArrayBuilder events = Jsons.createArrayBuilder();
        boolean delivered = false;
        List<PushEvent> queued;
        do {
            // One select when the queue is empty (the common look); expired events are deleted as they are met.
            queued = em.createQuery("select e from PushEvent e where e.userId = :user "
                            + "and e.deviceId = :device order by e.id", PushEvent.class)
                    .setParameter("user", userId).setParameter("device", deviceId)
                    .setMaxResults(QUEUE_BATCH)
                    .getResultList();
            for (PushEvent e : queued) {
                // Two instances may race for one event; only the one whose delete counts delivers it.
                int taken = em.createQuery("delete from PushEvent e where e.id = :id")
                        .setParameter("id", e.id()).executeUpdate();
                if (taken == 1 && !e.expiredAt(now)) {
                    try (var reader = Jsons.createReader(new StringReader(e.payload()))) {
                        events.add(reader.readObject());
                    }
                    delivered = true;
                }
            }
        } while (!delivered && queued.size() == QUEUE_BATCH); // a full batch of expired events: look past it
        return events;
    }

    private void discardQueue(Long userId, String deviceId) {
        em.createQuery("delete from PushEvent e where e.userId = :user and e.deviceId = :device")
                .setParameter("user", userId).setParameter("device", deviceId)
                .executeUpdate();
    }
}
