package com.switchboard.push;

import com.switchboard.account.DeviceLoggedIn;
import com.switchboard.platform.reach.Recipient;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Device push registrations and the hand-off to {@code push.dispatch}: one JMS message per device delivery, sent in
 * the caller's transaction so nothing is pushed for a change that rolls back.
 */
@Stateless
public class DevicePush {
    public static final String APNS = "apns";
    public static final String BAIDU = "baidu";
    public static final String GETUI = "getui";

    @PersistenceContext
    EntityManager em;
    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource(name = "jms/pushDispatch")
    Queue dispatch;

    /** VOIP-34 and the tokens of {@link #onLogin}: the account's one registration now points here. */
    public void register(Recipient to, String deviceId, String provider, String token, String providerUid) {
        PushRegistration existing = registration(to).orElse(null);
        // Hibernate inserts the state as it was at persist(): point a new registration first.
        PushRegistration r = existing != null ? existing : new PushRegistration(to);
        r.point(deviceId, provider, token, providerUid, Instant.now());
        if (existing == null) {
            em.persist(r);
        }
    }

    /**
     * voip.md §5.1 (Proposed): an iOS client sends its APNs token as {@code clidata.push_token} at login; an Android
     * client with Getui sends its client id as {@code clidata.getui_cid}.
     */
    public void onLogin(@Observes DeviceLoggedIn login) {
        String os = login.clidata().getString("os_type", "");
        if ("ios".equals(os) && login.clidata().get("push_token") instanceof JsonString token
                && !token.getString().isBlank()) {
            register(lwork(login.userId()), login.deviceId(), APNS, token.getString(), null);
        } else if (login.clidata().get("getui_cid") instanceof JsonString cid && !cid.getString().isBlank()) {
            register(lwork(login.userId()), login.deviceId(), GETUI, cid.getString(), null);
        }
    }

    public Optional<PushRegistration> registration(Recipient to) {
        return Optional.ofNullable(em.find(PushRegistration.class, new PushRegistration.Key(to.audience(), to.key())));
    }

    /** The recipient's push attempts, oldest first (ops). */
    public java.util.List<PushDeliveryRecord> attempts(Recipient to, int max) {
        return em.createQuery("select d from PushDeliveryRecord d where d.audience = :a and d.userKey = :u "
                        + "order by d.id", PushDeliveryRecord.class)
                .setParameter("a", to.audience()).setParameter("u", to.key()).setMaxResults(max).getResultList();
    }

    /** An lwork user as a push recipient (no live route: device push only). */
    public static Recipient lwork(Long userId) {
        return Recipient.of(Recipient.LWORK, userId.toString());
    }

    /** Queues the event for the user's registered device, in the form its provider takes; nothing if none fits. */
    public void send(Recipient to, DeviceMessage message) {
        registration(to).ifPresent(r -> {
            JsonObject payload = APNS.equals(r.provider()) ? message.apns() : message.customContent();
            if (payload == null) {
                return;
            }
            JsonObjectBuilder m = Jsons.createObjectBuilder()
                    .add("delivery_id", UUID.randomUUID().toString())
                    .add("audience", to.audience())
                    .add("user_key", to.key())
                    .add("provider", r.provider())
                    .add("token", r.token())
                    .add("payload", payload)
                    .add("attempt", 1);
            if (message.collapseId() != null) {
                m.add("collapse_id", message.collapseId());
            }
            if (message.ttl() != null) {
                m.add("expiration", Instant.now().plus(message.ttl()).toEpochMilli());
            }
            try (JMSContext jms = connectionFactory.createContext()) {
                jms.createProducer().send(dispatch, m.build().toString());
            }
        });
    }

    /** A token the provider called invalid is forgotten, unless the account has registered a new one since. */
    public void forget(String provider, String token) {
        em.createQuery("delete from PushRegistration r where r.provider = :p and r.token = :t")
                .setParameter("p", provider).setParameter("t", token).executeUpdate();
    }

    /**
     * The recipient's registration ends if it still points at {@code deviceId} (heihei sign-out): nothing is pushed
     * to that device any more; a registration another device made since stays.
     */
    public void unregister(Recipient to, String deviceId) {
        registration(to).filter(r -> deviceId.equals(r.deviceId())).ifPresent(em::remove);
    }
}
