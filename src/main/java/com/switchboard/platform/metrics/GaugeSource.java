package com.switchboard.platform.metrics;

/**
 * A feature's levels read from its own tables or queues (live calls, rooms, pending webhooks …), set by
 * {@link MetricsSampler} every few seconds, so a scrape never waits on the database and every instance reports the
 * same service-wide figure.
 */
public interface GaugeSource {
    void sample(Meters meters);
}
