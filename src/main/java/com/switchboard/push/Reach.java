package com.switchboard.push;

import com.switchboard.platform.reach.LiveChannel;
import com.switchboard.platform.reach.Recipient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way to deliver an event to a user, for every feature and audience: the user's live channel first (lwork's
 * long-poll, the heihei socket), then device push through {@code push.dispatch}, its providers and retries. lwork's
 * events always go both ways (an app in the background polls nothing); others push only when no connection took it.
 */
@ApplicationScoped
public class Reach {
    /** When the device push goes out. */
    public enum Push {
        ALWAYS,
        IF_OFFLINE
    }

    @Inject
    Instance<LiveChannel> channels;
    @Inject
    DevicePush devicePush;

    private final Map<String, LiveChannel> byAudience = new HashMap<>();

    @PostConstruct
    void index() {
        channels.forEach(c -> byAudience.put(c.audience(), c));
    }

    /**
     * Delivers {@code event} to the recipient's live channel (kept for {@code ttl}) and, as {@code when} says,
     * {@code push} to its registered device. Called inside the changing transaction: nothing goes out on rollback.
     *
     * @param event null for a push-only notice
     * @param push  null for a channel-only notice
     * @return whether a live connection took the event
     */
    public boolean deliver(Recipient to, JsonObject event, DeviceMessage push, Duration ttl, Push when) {
        LiveChannel channel = byAudience.get(to.audience());
        boolean live = event != null && channel != null && channel.deliver(to, event, ttl);
        if (push != null && (when == Push.ALWAYS || !live)) {
            devicePush.send(to, push);
        }
        return live;
    }

    /** The provider of the recipient's registered device, if any ({@code apns}, {@code baidu}, {@code getui}). */
    public java.util.Optional<String> pushProvider(Recipient to) {
        return devicePush.registration(to).map(PushRegistration::provider);
    }
}
