package com.switchboard.platform.realtime;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The realtime registry's settings; the {@code switchboard.signaling.*} names came first and still apply. */
@ConfigProperties(prefix = "switchboard")
public class RealtimeSettings {
    @ConfigProperty(name = "realtime.ping-seconds")
    Optional<Long> pingSeconds;
    @ConfigProperty(name = "signaling.ping-seconds", defaultValue = "30")
    long signalingPingSeconds;
    @ConfigProperty(name = "realtime.idle-seconds")
    Optional<Long> idleSeconds;
    @ConfigProperty(name = "signaling.idle-seconds", defaultValue = "90")
    long signalingIdleSeconds;

    /** Server pings go out this often. */
    long pingMillis() {
        return pingSeconds.orElse(signalingPingSeconds) * 1000;
    }

    /** A socket silent for longer is dropped. */
    long idleMillis() {
        return idleSeconds.orElse(signalingIdleSeconds) * 1000;
    }
}
