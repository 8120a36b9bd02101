package com.switchboard.conference;

import java.time.Duration;
import java.util.List;

/**
 * conference.md §3's retry schedule for CONF-08/09: after the first attempt fails, retry after 1, 5, 15 and 60
 * minutes, then hourly, until 24 h after the event. The steps are configurable so tests run in seconds.
 */
public record WebhookSchedule(List<Duration> steps, Duration thereafter, Duration giveUpAfter) {
    public static WebhookSchedule standard() {
        return new WebhookSchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(60)), Duration.ofHours(1), Duration.ofHours(24));
    }

    /** Scaled down by {@code factor} (e.g. 60: minutes become seconds), for tests and time-compressed benches. */
    public WebhookSchedule compressed(long factor) {
        return new WebhookSchedule(steps.stream().map(d -> d.dividedBy(factor)).toList(), thereafter.dividedBy(factor),
                giveUpAfter.dividedBy(factor));
    }

    /**
     * The wait before retry number {@code retry} (1 = the first retry), or null when that retry would fall after the
     * give-up time, counted from the event.
     *
     * @param sinceEvent time already spent since the event when the retry is scheduled
     */
    public Duration beforeRetry(int retry, Duration sinceEvent) {
        Duration wait = retry <= steps.size() ? steps.get(retry - 1) : thereafter;
        return sinceEvent.plus(wait).compareTo(giveUpAfter) > 0 ? null : wait;
    }
}
