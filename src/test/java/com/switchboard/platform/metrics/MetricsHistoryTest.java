package com.switchboard.platform.metrics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsHistoryTest {

    @Test
    void seriesAreKeyedAsTheirLinesOnMetricsWithoutTheScope() {
        assertEquals("calls_live", MetricsHistory.key("calls_live", Map.of()));
        assertEquals("calls_ended_total{cause=\"normal\",kind=\"p2p\"}", MetricsHistory.key("calls_ended_total",
                Map.of("kind", "p2p", "mp_scope", "application", "cause", "normal")));
    }

    @Test
    void pointsOlderThanFifteenMinutesBeforeTheNewestAreDropped() {
        MetricsHistory history = new MetricsHistory();
        long now = 1_000_000_000L;
        history.add(new MetricsHistory.Point(now - MetricsHistory.WINDOW.toMillis() - 1, Map.of("a", 1.0)));
        history.add(new MetricsHistory.Point(now - 5_000, Map.of("a", 2.0)));
        history.add(new MetricsHistory.Point(now, Map.of("a", 3.0)));
        assertEquals(2, history.since(0).size());
        assertEquals(3.0, history.since(now - 5_000).get(0).values().get("a"));
    }
}
