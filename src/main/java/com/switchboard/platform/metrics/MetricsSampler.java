package com.switchboard.platform.metrics;

import com.switchboard.platform.schedule.SweepClock;
import com.switchboard.platform.schedule.Sweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Every few seconds: each {@link GaugeSource} refreshes its levels, then the ops dashboard's history takes a point. */
@Singleton
@DependsOn("SchemaMigration") // never sweep tables a start has not migrated yet
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsSampler {
    private static final Logger LOG = Logger.getLogger(MetricsSampler.class.getName());

    @Inject
    SweepClock clock;
    @Inject
    Instance<GaugeSource> sources;
    @Inject
    Meters meters;
    @Inject
    MetricsHistory history;

    @Schedule(hour = "*", minute = "*", second = "*/" + MetricsHistory.STEP_SECONDS, persistent = false)
    void sample() {
        for (GaugeSource source : sources) {
            long started = System.nanoTime();
            Sweep.step(() -> source.sample(meters), "sample " + source.getClass().getSimpleName(), LOG);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 1000) {
                LOG.warning(() -> "Sampling " + source.getClass().getSimpleName() + " took " + millis + " ms");
            }
        }
        Sweep.step(history::record, "record the metrics history", LOG);
        clock.ran("metrics", MetricsHistory.STEP_SECONDS);
    }
}
