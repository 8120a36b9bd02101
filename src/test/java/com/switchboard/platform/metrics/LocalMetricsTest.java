package com.switchboard.platform.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalMetricsTest {
    @Test
    void seriesAreKeyedAsTheirMetricsLines() {
        LocalMetrics metrics = new LocalMetrics();
        Count ended = metrics.counter("calls_ended", "", new String[] {"kind", "p2p", "cause", "normal"});
        ended.inc();
        ended.inc(2);
        metrics.counter("calls_ended", "", new String[] {"cause", "normal", "kind", "p2p"}).inc();
        AtomicLong live = new AtomicLong(7);
        metrics.gauge("calls_live", "", live, new String[] {"kind", "direct"});
        var timer = metrics.timer("request_duration", "", new String[] {"family", "lwork"});
        timer.accept(Duration.ofMillis(3));
        timer.accept(Duration.ofMillis(5));
        live.set(9);

        Map<String, Double> snapshot = metrics.snapshot();
        assertEquals(4.0, snapshot.get("calls_ended_total{cause=\"normal\",kind=\"p2p\"}"));
        assertEquals(9.0, snapshot.get("calls_live{kind=\"direct\"}"));
        assertEquals(2.0, snapshot.get("request_duration_seconds_count{family=\"lwork\"}"));
        assertEquals(3, snapshot.size());
    }
}
