package com.switchboard.platform.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try again after a failed delivery attempt, for every redelivering feature: mail/OA notifications (doubling
 * from 60 s, capped at 30 min), ISV callbacks (1, 5, 15, 60 min, then hourly, for 24 h) and device pushes (doubling
 * from 1 s, five attempts). The steps are the waits after attempt 1, 2, …; past them the last wait repeats, doubled
 * each time while {@code doubling}, never above {@code cap}. A schedule gives up after {@code maxAttempts} attempts
 * or once the next attempt would fall later than {@code giveUpAfter} from the event, whichever comes first.
 */
public record RetrySchedule(List<Duration> steps, boolean doubling, Duration cap, int maxAttempts,
                            Duration giveUpAfter) {
    private static final Duration NEVER = Duration.ofDays(365_000);

    public RetrySchedule {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    /** {@code first}, doubling per attempt up to {@code cap}; without end until limited. */
    public static RetrySchedule doubling(Duration first, Duration cap) {
        return new RetrySchedule(List.of(first), true, cap, Integer.MAX_VALUE, NEVER);
    }

    /** These waits in turn, then the last one again and again; without end until limited. */
    public static RetrySchedule steps(Duration... waits) {
        List<Duration> list = List.of(waits);
        return new RetrySchedule(list, false, list.get(list.size() - 1), Integer.MAX_VALUE, NEVER);
    }

    public RetrySchedule maxAttempts(int attempts) {
        return new RetrySchedule(steps, doubling, cap, attempts, giveUpAfter);
    }

    public RetrySchedule giveUpAfter(Duration sinceEvent) {
        return new RetrySchedule(steps, doubling, cap, maxAttempts, sinceEvent);
    }

    /** Scaled down by {@code factor} (e.g. 60: minutes become seconds), for tests and time-compressed benches. */
    public RetrySchedule compressed(long factor) {
        return new RetrySchedule(steps.stream().map(d -> d.dividedBy(factor)).toList(), doubling,
                cap.dividedBy(factor), maxAttempts, giveUpAfter == NEVER ? NEVER : giveUpAfter.dividedBy(factor));
    }

    /** The wait after attempt {@code attempt} (1-based) before the next one, ignoring the limits. */
    public Duration after(int attempt) {
        if (attempt <= steps.size()) {
            return min(steps.get(attempt - 1), cap);
        }
        Duration last = steps.get(steps.size() - 1);
        if (!doubling) {
            return min(last, cap);
        }
        long ms = last.toMillis();
        for (int i = steps.size(); i < attempt && ms < cap.toMillis(); i++) {
            ms *= 2;
        }
        return min(Duration.ofMillis(ms), cap);
    }

    /**
     * The wait before the attempt after {@code attempt}, or empty when the schedule gives up.
     *
     * @param sinceEvent time already spent since the event when the retry is scheduled
     */
    public Optional<Duration> next(int attempt, Duration sinceEvent) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = after(attempt);
        return sinceEvent.plus(wait).compareTo(giveUpAfter) > 0 ? Optional.empty() : Optional.of(wait);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
