package com.switchboard.platform.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where the application's instruments live: MicroProfile Metrics where the server provides it (Open Liberty's
 * {@code /metrics}), else this instance's own registry (WildFly 39 ships no MicroProfile Metrics), which the ops
 * dashboard reads the same way. Labels come as name/value pairs.
 */
interface MetricsBackend {
    Count counter(String name, String description, String[] labels);

    void gauge(String name, String description, AtomicLong level, String[] labels);

    Consumer<Duration> timer(String name, String description, String[] labels);

    /** Every series now, keyed as its {@code /metrics} line ({@link MetricsHistory#key}). */
    Map<String, Double> snapshot();

}
