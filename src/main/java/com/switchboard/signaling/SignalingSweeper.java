package com.switchboard.signaling;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every instance, every second: ring timeouts, reconnect grace and the sockets of silent instances
 * (CallService#sweep). The heartbeat and pings are the platform's (RealtimeSweeper).
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignalingSweeper {
    private static final Logger LOG = Logger.getLogger(SignalingSweeper.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    CallService calls;
    @Inject
    SignalingDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        Sweep.step(() -> delivery.apply(calls.sweep(delivery.registry().instanceId())), "sweep signaling calls", LOG);
        clock.ran("signaling", 1);
    }
}
