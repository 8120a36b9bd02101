package com.switchboard.conference;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebhookScheduleTest {
    private final WebhookSchedule schedule = WebhookSchedule.standard();

    @Test
    void oneFiveFifteenSixtyMinutesThenHourlyForADay() {
        assertEquals(Duration.ofMinutes(1), schedule.beforeRetry(1, Duration.ZERO));
        assertEquals(Duration.ofMinutes(5), schedule.beforeRetry(2, Duration.ofMinutes(1)));
        assertEquals(Duration.ofMinutes(15), schedule.beforeRetry(3, Duration.ofMinutes(6)));
        assertEquals(Duration.ofMinutes(60), schedule.beforeRetry(4, Duration.ofMinutes(21)));
        assertEquals(Duration.ofHours(1), schedule.beforeRetry(5, Duration.ofMinutes(81)));
        assertEquals(Duration.ofHours(1), schedule.beforeRetry(20, Duration.ofHours(23)));
        assertNull(schedule.beforeRetry(21, Duration.ofHours(23).plusMinutes(1)), "past 24 h: give up");
    }

    @Test
    void compressedForTests() {
        WebhookSchedule fast = schedule.compressed(60);
        assertEquals(Duration.ofSeconds(1), fast.beforeRetry(1, Duration.ZERO));
        assertEquals(Duration.ofSeconds(60), fast.beforeRetry(9, Duration.ZERO));
        assertNull(fast.beforeRetry(9, Duration.ofMinutes(24)));
    }
}
