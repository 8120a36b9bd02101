package com.switchboard.platform.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * This instance's own instruments, for a server without MicroProfile Metrics: read by the ops dashboard's history
 * (and {@code /ops/metrics/history}); nothing is exported on {@code /metrics}.
 */
final class LocalMetrics implements MetricsBackend {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> timerCounts = new ConcurrentHashMap<>();

    @Override
    public Count counter(String name, String description, String[] labels) {
        LongAdder adder = counters.computeIfAbsent(MetricsHistory.key(name + "_total", tags(labels)),
                k -> new LongAdder());
        return adder::add;
    }

    @Override
    public void gauge(String name, String description, AtomicLong level, String[] labels) {
        gauges.put(MetricsHistory.key(name, tags(labels)), level);
    }

    @Override
    public Consumer<Duration> timer(String name, String description, String[] labels) {
        LongAdder count = timerCounts.computeIfAbsent(MetricsHistory.key(name + "_seconds_count", tags(labels)),
                k -> new LongAdder());
        return elapsed -> count.increment();
    }

    @Override
    public Map<String, Double> snapshot() {
        Map<String, Double> values = new TreeMap<>();
        counters.forEach((k, v) -> values.put(k, (double) v.sum()));
        gauges.forEach((k, v) -> values.put(k, (double) v.get()));
        timerCounts.forEach((k, v) -> values.put(k, (double) v.sum()));
        return values;
    }


    private static Map<String, String> tags(String[] labels) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            tags.put(labels[i], labels[i + 1]);
        }
        return tags;
    }
}
