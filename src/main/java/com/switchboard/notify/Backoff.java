package com.switchboard.notify;

import java.time.Duration;

/** Rule 6.1's redelivery schedule: the first interval (60 s), doubling, capped (30 min). */
public record Backoff(Duration first, Duration cap) {
    /** The wait after attempt {@code n} (1-based) before attempt n+1. */
    public Duration after(int attempt) {
        long ms = first.toMillis();
        for (int i = 1; i < attempt && ms < cap.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, cap.toMillis()));
    }
}
