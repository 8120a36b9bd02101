package com.switchboard.platform.config;

import java.util.Optional;

/**
 * How an external system's implementation is chosen, the same for every port (push providers, Apple receipts, the
 * DTH billing system, the telephony gateway, …): a CDI producer reads MicroProfile Config and builds the real
 * client when its settings are present, the offline default otherwise.
 */
public final class Settings {
    private Settings() {
    }

    /** Whether an optional setting holds a value (an empty environment variable counts as unset). */
    public static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }

    @SafeVarargs
    public static boolean allSet(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (!set(v)) {
                return false;
            }
        }
        return true;
    }

    public static Optional<String> value(Optional<String> setting) {
        return setting.filter(v -> !v.isBlank());
    }
}
