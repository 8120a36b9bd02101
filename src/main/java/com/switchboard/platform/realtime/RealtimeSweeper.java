package com.switchboard.platform.realtime;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.switchboard.platform.schedule.Sweep;
import com.switchboard.platform.schedule.SweepClock;

import java.util.logging.Logger;

/**
 * Every instance, every second: its heartbeat, admissions whose socket never opened handed back to their channel,
 * and its sockets' liveness ({@link SocketWatch}: none of it waits on a client);
 * every tenth second: presence rows of silent instances forgotten.
 */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RealtimeSweeper {
    private static final Logger LOG = Logger.getLogger(RealtimeSweeper.class.getName());

    @Inject
    RealtimeSettings settings;
    @Inject
    RealtimeRegistry registry;
    @Inject
    Presence presence;
    @Inject
    Event<AdmissionExpired> expired;
    @Inject
    SocketWatch sockets;
    @Inject
    SweepClock clock;

    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        if (Sweep.step(() -> presence.beat(registry.instanceId()), "beat for this instance", LOG)) {
            clock.ran("heartbeat", 1);
        }
        Sweep.step(() -> registry.peersAlive(presence.othersAlive(registry.instanceId())), "count other instances",
                LOG);
        for (RealtimeRegistry.Admission gone : registry.expireAdmissions()) {
            Sweep.step(() -> expired.fire(new AdmissionExpired(gone.owner(), gone.connectionId())),
                    "close the admission of " + gone.connectionId(), LOG);
        }
        if (ticks++ % 10 == 0) {
            Sweep.step(presence::forgetSilentInstances, "forget silent instances", LOG);
        }
        int shares = (int) Math.max(1, Math.min(3600, settings.pingMillis() / 1000));
        sockets.check(ticks, shares, settings.idleMillis());
        clock.ran("realtime", 1);
    }
}
