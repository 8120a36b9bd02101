package com.switchboard.platform.realtime;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Sockets open on this instance per channel (signaling devices, heihei users), on {@code /metrics}. */
@ApplicationScoped
public class SocketMetrics implements GaugeSource {
    @Inject
    RealtimeRegistry registry;

    private final Set<String> seen = new HashSet<>(Set.of("signaling", "heihei"));

    @Override
    public synchronized void sample(Meters meters) {
        Map<String, Long> open = registry.socketsByChannel();
        seen.addAll(open.keySet());
        for (String channel : seen) { // a channel whose last socket closed reads 0, not its last count
            meters.level("realtime_sockets", "WebSockets open on this instance, by channel",
                    open.getOrDefault(channel, 0L), "channel", channel);
        }
    }
}
