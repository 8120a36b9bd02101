package com.switchboard.platform.realtime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.metrics.Count;
import com.switchboard.platform.metrics.Meters;

/**
 * Room frames on the cluster bus, on {@code /metrics}: what this instance published and what it received (its own
 * included), so that one bus message per room event, delivered once to each instance, can be seen.
 */
@ApplicationScoped
public class TopicFrameMetrics {
    @Inject
    Meters metrics;

    private Count published;
    private Count received;

    @PostConstruct
    void register() {
        published = metrics.counter("realtime_topic_frames_published",
                "Room frames this instance sent on the cluster bus");
        received = metrics.counter("realtime_topic_frames_received",
                "Room-frame bus messages this instance received, its own included");
    }

    void published() {
        published.inc();
    }

    void received() {
        received.inc();
    }
}
