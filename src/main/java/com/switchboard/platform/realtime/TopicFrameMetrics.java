package com.switchboard.platform.realtime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Room frames on the cluster bus, on {@code /metrics}: what this instance published and what it received (its own
 * included), so that one bus message per room event, delivered once to each instance, can be seen.
 */
@ApplicationScoped
public class TopicFrameMetrics {
    @Inject
    MetricRegistry metrics;

    private Counter published;
    private Counter received;

    @PostConstruct
    void register() {
        published = metrics.counter(Metadata.builder().withName("realtime_topic_frames_published")
                .withDescription("Room frames this instance sent on the cluster bus").build());
        received = metrics.counter(Metadata.builder().withName("realtime_topic_frames_received")
                .withDescription("Room-frame bus messages this instance received, its own included").build());
    }

    void published() {
        published.inc();
    }

    void received() {
        received.inc();
    }
}
