package com.switchboard.platform.realtime;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The realtime registry's settings; the {@code switchboard.signaling.*} names came first and still apply. */
@Dependent
public class RealtimeSettings {
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
    /** Work an instance held in memory (call legs) is orphaned once it has been silent this long (≥ the timeout). */
    @Inject
    @ConfigProperty(name = "switchboard.call.orphan-seconds", defaultValue = "30")
    long orphanSeconds;

    /** Server pings go out this often. */
    long pingMillis() {
        return pingSeconds.orElse(signalingPingSeconds) * 1000;
    }

    /** A socket silent for longer is dropped. */
    long idleMillis() {
        return idleSeconds.orElse(signalingIdleSeconds) * 1000;
    }
}
