package com.switchboard.platform.schedule;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A task an application-scoped bean repeats while it has work, started by its first use rather than at deployment
 * (the hold sweep of parked polls, the flush of live call stats), on the managed scheduler.
 */
public final class Repeating {
    private final Runnable task;
    private final long periodMillis;
    private volatile ScheduledFuture<?> future;

    public Repeating(Runnable task, long periodMillis) {
        this.task = task;
        this.periodMillis = Math.max(1, periodMillis);
    }

    /** Starts the task on {@code scheduler} unless it already runs; cheap enough to call on every use. */
    public void ensureStarted(ManagedScheduledExecutorService scheduler) {
        if (future == null) {
            synchronized (this) {
                if (future == null) {
                    future = scheduler.scheduleWithFixedDelay(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    public void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
