package com.switchboard.platform.metrics;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's metrics on {@code /metrics}, named as Prometheus expects (a counter {@code x} is exported as
 * {@code x_total}, a timer in seconds), each label given as a name/value pair. Instruments are looked up once and
 * kept, so counting on a hot path is a map read and an increment.
 */
@ApplicationScoped
public class Meters {
    @Inject
    MetricRegistry registry;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> levels = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /**
     * Adds {@code n} to counter {@code name} with {@code labels} (name, value, name, value …) once the current
     * transaction commits (at once without one), so a rolled-back or redelivered attempt is not counted twice.
     */
    public void count(long n, String name, String description, String... labels) {
        Counter counter = counter(name, description, labels);
        if (transactions.getTransactionKey() != null && transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // marked for rollback: it will not commit
        }
        AfterCommit.run(transactions, () -> counter.inc(n));
    }

    public void count(String name, String description, String... labels) {
        count(1, name, description, labels);
    }

    /** Adds one at once, committed or not: for refusals and failures, whose requests roll back. */
    public void countNow(String name, String description, String... labels) {
        counter(name, description, labels).inc();
    }

    public Counter counter(String name, String description, String... labels) {
        return counters.computeIfAbsent(key(name, labels), k -> registry.counter(
                Metadata.builder().withName(name).withDescription(description).build(), tags(labels)));
    }

    /** Sets gauge {@code name}: a level read elsewhere (a table, a queue) and kept here until the next reading. */
    public void level(String name, String description, long value, String... labels) {
        levels.computeIfAbsent(key(name, labels), k -> {
            AtomicLong level = new AtomicLong();
            registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), level,
                    AtomicLong::get, tags(labels));
            return level;
        }).set(value);
    }

    /** Records {@code elapsed} in timer {@code name} (exported in seconds, as a histogram where buckets are set). */
    public void time(String name, String description, Duration elapsed, String... labels) {
        timers.computeIfAbsent(key(name, labels), k -> registry.timer(Metadata.builder().withName(name)
                .withDescription(description).withUnit(MetricUnits.SECONDS).build(), tags(labels))).update(elapsed);
    }

    private static String key(String name, String[] labels) {
        return labels.length == 0 ? name : name + "|" + String.join("|", labels);
    }

    static Tag[] tags(String[] labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name/value pairs");
        }
        Tag[] tags = new Tag[labels.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(labels[2 * i], labels[2 * i + 1]);
        }
        return tags;
    }
}
