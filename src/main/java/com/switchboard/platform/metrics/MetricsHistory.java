package com.switchboard.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The last 15 minutes of this instance's application metrics, one point per {@link #STEP_SECONDS}, for the ops
 * dashboard: each series is keyed as its line on {@code /metrics} is (counters {@code _total}, timers' counts
 * {@code _seconds_count}, labels sorted, without the scope label), so a plot can be checked against a scrape.
 */
@ApplicationScoped
public class MetricsHistory {
    public static final int STEP_SECONDS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** One sampling: when, and each series' value then. */
    public record Point(long epochMillis, Map<String, Double> values) {
    }

    private final Deque<Point> points = new ArrayDeque<>();

    @Inject
    Meters meters;

    void record() {
        add(new Point(System.currentTimeMillis(), meters.snapshot()));
    }

    /** Every series of this instance now, keyed as on {@code /metrics}. */
    public Map<String, Double> now() {
        return meters.snapshot();
    }

    synchronized void add(Point point) {
        points.addLast(point);
        while (!points.isEmpty() && points.peekFirst().epochMillis() < point.epochMillis() - WINDOW.toMillis()) {
            points.removeFirst();
        }
    }

    /** The points after {@code sinceMillis}, oldest first. */
    public synchronized List<Point> since(long sinceMillis) {
        return points.stream().filter(p -> p.epochMillis() > sinceMillis).collect(Collectors.toCollection(ArrayList::new));
    }

    /** {@code name{a="1",b="2"}}, labels by name, the scope label left out. */
    static String key(String name, Map<String, String> tags) {
        String labels = new TreeMap<>(tags).entrySet().stream().filter(t -> !t.getKey().equals("mp_scope"))
                .map(t -> t.getKey() + "=\"" + t.getValue() + "\"").collect(Collectors.joining(","));
        return labels.isEmpty() ? name : name + "{" + labels + "}";
    }
}
