package com.switchboard.push;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The push channel's hold and device push retries ({@code switchboard.push.*}). */
@ConfigProperties(prefix = "switchboard.push")
public class PushSettings {
    /** VOIP-33: how long a poll is held without events. */
    @ConfigProperty(name = "hold-seconds", defaultValue = "55")
    int holdSeconds;
    @ConfigProperty(name = "max-attempts", defaultValue = "5")
    int maxAttempts;
    /** The first retry's wait, doubling per attempt. */
    @ConfigProperty(name = "retry-base-millis", defaultValue = "1000")
    long retryBaseMillis;
}
