package com.switchboard.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one way tests wait: re-check a condition until it holds or a deadline passes, then fail with what was seen. No
 * test sleeps as synchronisation; the short park between checks only keeps the probe from spinning.
 */
public final class Await {
    private static final Duration EVERY = Duration.ofMillis(50);

    private Await() {
    }

    /** Waits until {@code condition} holds, failing with {@code failure} after {@code within}. */
    public static void until(BooleanSupplier condition, Duration within, Supplier<String> failure) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            park(EVERY);
        }
    }

    /**
     * Probes until the probe's value is {@code wanted} and returns it; after {@code within}, fails with the last value
     * seen.
     */
    public static <T> T value(Supplier<T> probe, Predicate<T> wanted, Duration within, String failure) {
        long deadline = System.nanoTime() + within.toNanos();
        T last = probe.get();
        while (!wanted.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + "; last seen: " + last);
            }
            park(EVERY);
            last = probe.get();
        }
        return last;
    }

    private static void park(Duration d) {
        LockSupport.parkNanos(d.toNanos());
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting");
        }
    }
}
