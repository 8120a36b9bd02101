package com.switchboard.push;

import com.switchboard.account.Party;
import com.switchboard.platform.reach.LiveChannel;
import com.switchboard.platform.reach.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** lwork's live channel: the push channel's long-poll (VOIP-33), queued per device and woken wherever it is parked. */
@ApplicationScoped
public class LongPollChannel implements LiveChannel {
    static final String ACCOUNT = "account";
    static final String DEVICE = "device";

    @Inject
    PushChannelService longPoll;

    /** An lwork user, routed to the device logged in now (none: the event waits for no poll). */
    public static Recipient recipient(Party user) {
        Map<String, String> route = new HashMap<>();
        route.put(ACCOUNT, user.account());
        if (user.activeDeviceId() != null) {
            route.put(DEVICE, user.activeDeviceId());
        }
        return new Recipient(Recipient.LWORK, user.id().toString(), route);
    }

    @Override
    public String audience() {
        return Recipient.LWORK;
    }

    @Override
    public boolean deliver(Recipient to, JsonObject event, Duration ttl) {
        String device = to.route(DEVICE);
        longPoll.enqueue(to.route(ACCOUNT), Long.valueOf(to.key()), device, event, ttl);
        return device != null;
    }
}
