package com.switchboard.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each periodic job of this instance (the heartbeat, every sweeper) last finished a run, for readiness: a job
 * that stopped running (blocked, or its database gone) makes the instance not ready.
 */
@ApplicationScoped
public class SweepClock {
    /** A job's last run and how often it runs. */
    public record Run(long at, long periodSeconds) {
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** {@code job}, which runs every {@code periodSeconds}, finished a run now. */
    public void ran(String job, long periodSeconds) {
        runs.put(job, new Run(System.currentTimeMillis(), periodSeconds));
    }

    /**
     * Jobs whose last run is older than {@code staleSeconds} or three of their periods, whichever is longer, with
     * their age in seconds.
     */
    public Map<String, Long> late(long staleSeconds, long now) {
        Map<String, Long> late = new TreeMap<>();
        runs.forEach((job, run) -> {
            long age = (now - run.at()) / 1000;
            if (age > Math.max(staleSeconds, 3 * run.periodSeconds())) {
                late.put(job, age);
            }
        });
        return late;
    }

    public Map<String, Run> runs() {
        return Map.copyOf(runs);
    }
}
