package com.switchboard.platform.metrics;

import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Instruments in the server's MicroProfile Metrics application registry. Loaded only where its API exists. */
final class MicroProfileMetrics implements MetricsBackend {
    private final MetricRegistry registry;

    private MicroProfileMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /**
     * The server's application registry, if it has MicroProfile Metrics (call only after its API class was found).
     * Looked up through an injected {@code Instance}: the server's producer reads the injection point, which a bare
     * {@code CDI.current()} lookup does not have (Open Liberty then produces nothing).
     */
    static Optional<MetricsBackend> find(Instance<Object> beans) {
        Instance<MetricRegistry> registries = beans.select(MetricRegistry.class);
        MetricRegistry registry = registries.isResolvable() ? registries.get() : null;
        return registry == null ? Optional.empty() : Optional.of(new MicroProfileMetrics(registry));
    }

    @Override
    public Count counter(String name, String description, String[] labels) {
        Counter counter = registry.counter(Metadata.builder().withName(name).withDescription(description).build(),
                tags(labels));
        return counter::inc;
    }

    @Override
    public void gauge(String name, String description, AtomicLong level, String[] labels) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), level,
                AtomicLong::get, tags(labels));
    }

    @Override
    public Consumer<Duration> timer(String name, String description, String[] labels) {
        return registry.timer(Metadata.builder().withName(name).withDescription(description)
                .withUnit(MetricUnits.SECONDS).build(), tags(labels))::update;
    }

    @Override
    public Map<String, Double> snapshot() {
        Map<String, Double> values = new TreeMap<>();
        for (Map.Entry<MetricID, Metric> e : registry.getMetrics().entrySet()) {
            MetricID id = e.getKey();
            Metric metric = e.getValue();
            if (metric instanceof Counter c) {
                values.put(MetricsHistory.key(id.getName() + "_total", id.getTags()), (double) c.getCount());
            } else if (metric instanceof Gauge<?> g && g.getValue() != null) {
                values.put(MetricsHistory.key(id.getName(), id.getTags()), g.getValue().doubleValue());
            } else if (metric instanceof Timer t) {
                values.put(MetricsHistory.key(id.getName() + "_seconds_count", id.getTags()), (double) t.getCount());
            }
        }
        return values;
    }


    static Tag[] tags(String[] labels) {
        Tag[] tags = new Tag[labels.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(labels[2 * i], labels[2 * i + 1]);
        }
        return tags;
    }
}
