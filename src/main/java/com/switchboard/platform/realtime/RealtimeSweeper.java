package com.switchboard.platform.realtime;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.switchboard.platform.schedule.Sweep;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every instance, every second: its heartbeat, and admissions whose socket never opened handed back to their
 * channel; every {@code ping-seconds}: pings to this instance's sockets and the drop of silent ones; every tenth
 * second: presence rows of silent instances forgotten.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RealtimeSweeper {
    private static final Logger LOG = Logger.getLogger(RealtimeSweeper.class.getName());

    @Inject
    RealtimeRegistry registry;
    @Inject
    Presence presence;
    @Inject
    Event<AdmissionExpired> expired;
    /** The signaling names came first and still work. */
    @Inject
    @ConfigProperty(name = "switchboard.realtime.ping-seconds")
    Optional<Long> pingSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.ping-seconds", defaultValue = "30")
    long signalingPingSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.realtime.idle-seconds")
    Optional<Long> idleSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.signaling.idle-seconds", defaultValue = "90")
    long signalingIdleSeconds;

    private long lastPing = System.currentTimeMillis();
    private int ticks;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        Sweep.step(() -> presence.beat(registry.instanceId()), "beat for this instance", LOG);
        for (RealtimeRegistry.Admission gone : registry.expireAdmissions()) {
            Sweep.step(() -> expired.fire(new AdmissionExpired(gone.owner(), gone.connectionId())),
                    "close the admission of " + gone.connectionId(), LOG);
        }
        if (ticks++ % 10 == 0) {
            Sweep.step(presence::forgetSilentInstances, "forget silent instances", LOG);
        }
        long now = System.currentTimeMillis();
        if (now - lastPing >= pingSeconds.orElse(signalingPingSeconds) * 1000) {
            lastPing = now;
            registry.pingAll(idleSeconds.orElse(signalingIdleSeconds) * 1000);
        }
    }
}
