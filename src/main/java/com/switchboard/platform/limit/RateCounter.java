package com.switchboard.platform.limit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** Hits of one key in its current window, and when a key locked by too many failures opens again. */
@Entity
@Table(name = "rate_counter")
public class RateCounter {
    @Id
    @Column(name = "counter_key")
    private String key;
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;
    @Column(nullable = false)
    private int hits;
    @Column(name = "last_at")
    private Instant lastAt;
    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected RateCounter() {
    }

    RateCounter(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    /** Starts a new window when the current one is over. */
    void roll(Instant now, Duration window) {
        if (!windowStart.plus(window).isAfter(now)) {
            reset(now);
        }
    }

    void reset(Instant now) {
        windowStart = now;
        hits = 0;
        blockedUntil = null;
    }

    int hits() {
        return hits;
    }

    void hit(Instant now) {
        hits++;
        lastAt = now;
    }

    Instant lastAt() {
        return lastAt;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    void blockUntil(Instant until) {
        blockedUntil = until;
    }
}
