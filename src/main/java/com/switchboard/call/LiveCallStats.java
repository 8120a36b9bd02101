package com.switchboard.call;

import com.switchboard.platform.schedule.Repeating;
import com.switchboard.telephony.LegEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Media stats of the live legs this instance's gateway reports (VOIP-15/20/22 {@code stats}). The gateway reports
 * every leg every second; the latest reading per leg is kept here and all of them are written in one batched
 * statement per {@code switchboard.call.stats-flush-seconds}, instead of a transaction per call per second. Status
 * reads the row on any instance, so it is at most one interval old; a reading lost with its instance is replaced
 * by nothing, and the orphaned call is released ({@link OrphanedCalls}).
 */
@ApplicationScoped
public class LiveCallStats {
    private static final Logger LOG = Logger.getLogger(LiveCallStats.class.getName());

    private final Map<String, LegEvent.Stats> latest = new ConcurrentHashMap<>();
    private Repeating flusher;

    @Inject
    @ConfigProperty(name = "switchboard.call.stats-flush-seconds", defaultValue = "3")
    int flushSeconds;
    @Inject
    CallStatsWriter writer;
    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void init() {
        flusher = new Repeating(this::flush, Math.max(1, flushSeconds) * 1000L);
    }

    void record(LegEvent.Stats stats) {
        latest.put(stats.leg().value(), stats);
        flusher.ensureStarted(scheduler);
    }

    void flush() {
        List<LegEvent.Stats> readings = new ArrayList<>(latest.size());
        for (String leg : latest.keySet()) {
            LegEvent.Stats reading = latest.remove(leg);
            if (reading != null) {
                readings.add(reading);
            }
        }
        if (readings.isEmpty()) {
            return;
        }
        try {
            writer.write(readings);
        } catch (RuntimeException e) {
            // a reading is replaced by the next one a second later; nothing else depends on it
            LOG.log(Level.WARNING, "Could not write the media stats of " + readings.size() + " legs", e);
        }
    }

    @PreDestroy
    void stop() {
        flusher.stop();
    }
}
