package com.switchboard.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {
    @Test
    void sixtySecondsDoublingCappedAtThirtyMinutes() {
        Backoff b = new Backoff(Duration.ofSeconds(60), Duration.ofMinutes(30));
        assertEquals(Duration.ofSeconds(60), b.after(1));
        assertEquals(Duration.ofSeconds(120), b.after(2));
        assertEquals(Duration.ofSeconds(960), b.after(5));
        assertEquals(Duration.ofMinutes(30), b.after(6));
        assertEquals(Duration.ofMinutes(30), b.after(500));
    }
}
