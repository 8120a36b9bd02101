package com.switchboard.push;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The push channel's hold and device push retries ({@code switchboard.push.*}). */
@Dependent
public class PushSettings {
    /** VOIP-33: how long a poll is held without events. */
    @Inject
    @ConfigProperty(name = "switchboard.push.hold-seconds", defaultValue = "55")
    int holdSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.push.max-attempts", defaultValue = "5")
    int maxAttempts;
    /** The first retry's wait, doubling per attempt. */
    @Inject
    @ConfigProperty(name = "switchboard.push.retry-base-millis", defaultValue = "1000")
    long retryBaseMillis;
}
