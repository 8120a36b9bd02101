package com.switchboard.push;

import com.switchboard.platform.bus.DelayedSend;
import com.switchboard.push.provider.PushNotification;
import com.switchboard.push.provider.PushProvider;
import com.switchboard.push.provider.PushProviders;
import com.switchboard.push.provider.PushResult;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    PushProviders providers;
    @Inject
    DevicePush devicePush;
    @Resource(lookup = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(lookup = "jms/pushDispatch")
    Queue dispatch;
    @Inject
    @ConfigProperty(name = "switchboard.push.max-attempts", defaultValue = "5")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "switchboard.push.retry-base-millis", defaultValue = "1000")
    long retryBaseMillis;

    public void deliver(JsonObject m) {
        String provider = m.getString("provider");
        String token = m.getString("token");
        int attempt = m.getInt("attempt", 1);
        Long userId = m.getJsonNumber("user_id").longValue();
        Instant expiration = m.containsKey("expiration")
                ? Instant.ofEpochMilli(m.getJsonNumber("expiration").longValue()) : null;
        if (expiration != null && Instant.now().isAfter(expiration)) {
            record(m, userId, attempt, "expired", "stale before delivery");
            return;
        }
        Optional<PushProvider> sender = providers.get(provider);
        if (sender.isEmpty()) {
            record(m, userId, attempt, "failed", "no provider " + provider);
            return;
        }
        PushResult result;
        try {
            result = sender.get().send(new PushNotification(token, m.getJsonObject("payload"), false,
                    m.getString("collapse_id", null), expiration));
        } catch (RuntimeException e) {
            result = new PushResult.Retry(Duration.ofMillis(retryBaseMillis), "client error: " + e);
        }
        if (result instanceof PushResult.Delivered delivered) {
            record(m, userId, attempt, "delivered", delivered.id());
        } else if (result instanceof PushResult.InvalidToken invalid) {
            record(m, userId, attempt, "invalid_token", invalid.reason());
            devicePush.forget(provider, token);
        } else if (result instanceof PushResult.Failed failed) {
            record(m, userId, attempt, "failed", failed.reason());
        } else if (result instanceof PushResult.Retry retry) {
            long backoff = Math.max(retry.after().toMillis(), retryBaseMillis << Math.min(attempt - 1, 16));
            boolean expiresFirst = expiration != null && Instant.now().plusMillis(backoff).isAfter(expiration);
            if (attempt >= maxAttempts || expiresFirst) {
                record(m, userId, attempt, "gave_up", retry.reason());
                LOG.warning("Gave up push " + m.getString("delivery_id") + " after " + attempt + " attempts: "
                        + retry.reason());
            } else {
                record(m, userId, attempt, "retry", retry.reason());
                DelayedSend.send(connectionFactory, dispatch, Json.createObjectBuilder(m).add("attempt", attempt + 1)
                        .build().toString(), Duration.ofMillis(backoff));
            }
        }
    }

    private void record(JsonObject m, Long userId, int attempt, String outcome, String detail) {
        em.persist(new PushDeliveryRecord(m.getString("delivery_id"), userId, m.getString("provider"),
                m.getString("token"), attempt, outcome, detail, Instant.now()));
    }
}
