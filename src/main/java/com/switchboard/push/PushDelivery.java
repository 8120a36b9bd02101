package com.switchboard.push;

import com.switchboard.platform.bus.DelayedSend;
import com.switchboard.platform.schedule.RetrySchedule;
import com.switchboard.push.provider.PushNotification;
import com.switchboard.push.provider.PushProvider;
import com.switchboard.push.provider.PushProviders;
import com.switchboard.push.provider.PushResult;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One {@code push.dispatch} message: sends it through its provider and acts on the answer. An invalid token is
 * forgotten; a transient failure is queued again with a JMS delivery delay that doubles per attempt, until the
 * attempts or the event's own expiry run out; nothing is retried forever.
 */
@Stateless
public class PushDelivery {
    private static final Logger LOG = Logger.getLogger(PushDelivery.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    PushSettings settings;
    @Inject
    PushProviders providers;
    @Inject
    PushMetrics metrics;
    @Inject
    DevicePush devicePush;
    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/pushDispatch")
    Queue dispatch;

    public void deliver(JsonObject m) {
        String provider = m.getString("provider");
        String token = m.getString("token");
        int attempt = m.getInt("attempt", 1);
        Instant expiration = m.containsKey("expiration")
                ? Instant.ofEpochMilli(m.getJsonNumber("expiration").longValue()) : null;
        if (expiration != null && Instant.now().isAfter(expiration)) {
            record(m, attempt, "expired", "stale before delivery");
            return;
        }
        Optional<PushProvider> sender = providers.get(provider);
        if (sender.isEmpty()) {
            record(m, attempt, "failed", "no provider " + provider);
            return;
        }
        PushResult result;
        try {
            result = sender.get().send(new PushNotification(token, m.getJsonObject("payload"), false,
                    m.getString("collapse_id", null), expiration));
        } catch (RuntimeException e) {
            result = new PushResult.Retry(Duration.ofMillis(settings.retryBaseMillis), "client error: " + e);
        }
        if (result instanceof PushResult.Delivered delivered) {
            record(m, attempt, "delivered", delivered.id());
        } else if (result instanceof PushResult.InvalidToken invalid) {
            record(m, attempt, "invalid_token", invalid.reason());
            devicePush.forget(provider, token);
        } else if (result instanceof PushResult.Failed failed) {
            record(m, attempt, "failed", failed.reason());
        } else if (result instanceof PushResult.Retry retry) {
            Optional<Duration> wait = schedule().next(attempt, Duration.ZERO);
            long backoff = Math.max(retry.after().toMillis(), wait.map(Duration::toMillis).orElse(0L));
            boolean expiresFirst = expiration != null && Instant.now().plusMillis(backoff).isAfter(expiration);
            if (wait.isEmpty() || expiresFirst) {
                record(m, attempt, "gave_up", retry.reason());
                LOG.warning("Gave up push " + m.getString("delivery_id") + " after " + attempt + " attempts: "
                        + retry.reason());
            } else {
                record(m, attempt, "retry", retry.reason());
                DelayedSend.send(connectionFactory, dispatch, Jsons.createObjectBuilder(m).add("attempt", attempt + 1)
                        .build().toString(), Duration.ofMillis(backoff));
            }
        }
    }

    /** Doubling from the base wait, for at most {@code max-attempts} attempts. */
    private RetrySchedule schedule() {
        return RetrySchedule.doubling(Duration.ofMillis(settings.retryBaseMillis),
                Duration.ofMillis(settings.retryBaseMillis << 16))
                .maxAttempts(settings.maxAttempts);
    }

    private void record(JsonObject m, int attempt, String outcome, String detail) {
        metrics.delivery(m.getString("provider"), outcome);
        em.persist(new PushDeliveryRecord(m.getString("delivery_id"), m.getString("audience"),
                m.getString("user_key"), m.getString("provider"),
                m.getString("token"), attempt, outcome, detail, Instant.now()));
    }
}
