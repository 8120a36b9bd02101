package com.switchboard.heihei.record;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code switchboard.heihei.record.*}: HH-TOPIC-11's limits (Proposed: configuration values). */
@Dependent
public class RecordSettings {
    /** Shorter recordings are 755. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.record.min-seconds", defaultValue = "3")
    int minSeconds;
    /** Larger files are 756 (read through, never kept). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.record.max-bytes", defaultValue = "5242880")
    long maxBytes;

    public int minSeconds() {
        return minSeconds;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
