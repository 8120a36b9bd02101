package com.switchboard.platform.metrics;

import com.switchboard.platform.tx.AfterCommit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The application's metrics, named as Prometheus expects (a counter {@code x} is exported as {@code x_total}, a
 * timer in seconds), each label given as a name/value pair. Instruments are looked up once and kept, so counting on
 * a hot path is a map read and an increment. They live in the server's MicroProfile Metrics registry where it has
 * one (on {@code /metrics}), else in this instance's own (the ops dashboard reads either).
 */
@ApplicationScoped
public class Meters {
    private static final Logger LOG = Logger.getLogger(Meters.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;
    /** Typed Object: a field of MicroProfile Metrics' type would not load on a server without its API. */
    @Inject
    Instance<Object> beans;

    private MetricsBackend backend;
    private final Map<String, Count> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> levels = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Duration>> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void chooseBackend() {
        backend = microProfileMetrics();
        if (backend == null) {
            LOG.info("No MicroProfile Metrics on this server: application metrics are kept for the ops dashboard "
                    + "only, not exported on /metrics");
            backend = new LocalMetrics();
        }
    }

    private MetricsBackend microProfileMetrics() {
        try {
            Class.forName("org.eclipse.microprofile.metrics.MetricRegistry", false, Meters.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return null;
        }
        return MicroProfileMetrics.find(beans).orElse(null);
    }

    /**
     * Adds {@code n} to counter {@code name} with {@code labels} (name, value, name, value …) once the current
     * transaction commits (at once without one), so a rolled-back or redelivered attempt is not counted twice.
     */
    public void count(long n, String name, String description, String... labels) {
        Count counter = counter(name, description, labels);
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

    public Count counter(String name, String description, String... labels) {
        return counters.computeIfAbsent(key(name, labels), k -> backend.counter(name, description, pairs(labels)));
    }

    /** Sets gauge {@code name}: a level read elsewhere (a table, a queue) and kept here until the next reading. */
    public void level(String name, String description, long value, String... labels) {
        levels.computeIfAbsent(key(name, labels), k -> {
            AtomicLong level = new AtomicLong();
            backend.gauge(name, description, level, pairs(labels));
            return level;
        }).set(value);
    }

    /** Records {@code elapsed} in timer {@code name} (exported in seconds, as a histogram where buckets are set). */
    public void time(String name, String description, Duration elapsed, String... labels) {
        timers.computeIfAbsent(key(name, labels), k -> backend.timer(name, description, pairs(labels)))
                .accept(elapsed);
    }

    /** Every series now, keyed as its {@code /metrics} line. */
    Map<String, Double> snapshot() {
        return backend.snapshot();
    }


    private static String key(String name, String[] labels) {
        return labels.length == 0 ? name : name + "|" + String.join("|", labels);
    }

    static String[] pairs(String[] labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name/value pairs");
        }
        return labels;
    }
}
