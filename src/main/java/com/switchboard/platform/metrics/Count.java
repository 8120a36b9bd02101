package com.switchboard.platform.metrics;

/** A counter handle, whichever metrics backend holds it. */
@FunctionalInterface
public interface Count {
    void inc(long n);

    default void inc() {
        inc(1);
    }
}
