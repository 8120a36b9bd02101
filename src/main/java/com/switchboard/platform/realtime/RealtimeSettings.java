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

    /** A socket with more frames or bytes than this waiting behind the one in flight is closed as too slow. */
    @Inject
    @ConfigProperty(name = "switchboard.realtime.queue-frames", defaultValue = "1000")
    int queueFrames;
    @Inject
    @ConfigProperty(name = "switchboard.realtime.queue-bytes", defaultValue = "1048576")
    long queueBytes;
    /** A socket whose write has been in flight this long is closed as too slow. */
    @Inject
    @ConfigProperty(name = "switchboard.realtime.write-timeout-seconds", defaultValue = "10")
    long writeTimeoutSeconds;

    Link.Limits limits() {
        return new Link.Limits(Math.max(1, queueFrames), Math.max(1024, queueBytes),
                Math.max(1, writeTimeoutSeconds) * 1000);
    }

    /** Server pings go out this often. */
    long pingMillis() {
        return pingSeconds.orElse(signalingPingSeconds) * 1000;
    }

    /** A socket silent for longer is dropped. */
    long idleMillis() {
        return idleSeconds.orElse(signalingIdleSeconds) * 1000;
    }
}
