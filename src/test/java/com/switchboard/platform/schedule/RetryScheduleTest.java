package com.switchboard.platform.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryScheduleTest {
    /** notify's rule 6.1: 60 s, doubling, capped at 30 min. */
    @Test
    void doublingIsCapped() {
        RetrySchedule b = RetrySchedule.doubling(Duration.ofSeconds(60), Duration.ofMinutes(30));
        assertEquals(Duration.ofSeconds(60), b.after(1));
        assertEquals(Duration.ofSeconds(120), b.after(2));
        assertEquals(Duration.ofSeconds(960), b.after(5));
        assertEquals(Duration.ofMinutes(30), b.after(6));
        assertEquals(Duration.ofMinutes(30), b.after(500));
        assertEquals(Optional.of(Duration.ofMinutes(30)), b.next(10_000, Duration.ofDays(30)), "no limit set");
    }

    /** conference.md §3: 1, 5, 15, 60 min, then hourly, until 24 h after the event. */
    @Test
    void isvStepsThenHourlyUntilADay() {
        RetrySchedule s = RetrySchedule.steps(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(60)).giveUpAfter(Duration.ofHours(24));
        assertEquals(Optional.of(Duration.ofMinutes(1)), s.next(1, Duration.ZERO));
        assertEquals(Optional.of(Duration.ofMinutes(5)), s.next(2, Duration.ofMinutes(1)));
        assertEquals(Optional.of(Duration.ofMinutes(15)), s.next(3, Duration.ofMinutes(6)));
        assertEquals(Optional.of(Duration.ofMinutes(60)), s.next(4, Duration.ofMinutes(21)));
        assertEquals(Optional.of(Duration.ofHours(1)), s.next(5, Duration.ofMinutes(81)));
        assertEquals(Optional.of(Duration.ofHours(1)), s.next(20, Duration.ofHours(23)));
        assertEquals(Optional.empty(), s.next(21, Duration.ofHours(23).plusMinutes(1)), "past 24 h: give up");
        RetrySchedule fast = s.compressed(60);
        assertEquals(Optional.of(Duration.ofSeconds(1)), fast.next(1, Duration.ZERO));
        assertEquals(Optional.of(Duration.ofSeconds(60)), fast.next(9, Duration.ZERO));
        assertEquals(Optional.empty(), fast.next(9, Duration.ofMinutes(24)));
    }

    /** Device pushes: 1 s doubling, at most five attempts. */
    @Test
    void attemptsAreLimited() {
        RetrySchedule p = RetrySchedule.doubling(Duration.ofSeconds(1), Duration.ofHours(1)).maxAttempts(5);
        assertEquals(Optional.of(Duration.ofSeconds(1)), p.next(1, Duration.ZERO));
        assertEquals(Optional.of(Duration.ofSeconds(8)), p.next(4, Duration.ZERO));
        assertEquals(Optional.empty(), p.next(5, Duration.ZERO));
    }
}
