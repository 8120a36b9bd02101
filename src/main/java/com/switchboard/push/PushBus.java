package com.switchboard.push;

import com.switchboard.account.DeviceSessionChanged;
import com.switchboard.platform.bus.ClusterBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The push channel's messages on the cluster bus. */
@ApplicationScoped
public class PushBus {
    static final String FEATURE = "push";

    @Inject
    ClusterBus bus;

    public void publish(BusMessage message) {
        bus.publish(FEATURE, message.toJson());
    }

    public void wake(String account, String deviceId) {
        publish(new BusMessage(BusMessage.Kind.WAKE, account, deviceId, null, System.currentTimeMillis()));
    }

    /** A login elsewhere (VOIP-38) or a logout (VOIP-02) must reach the device's parked poll on any instance. */
    void onSessionChanged(@Observes DeviceSessionChanged change) {
        wake(change.account(), change.deviceId());
    }
}
