package com.switchboard.it.platform;

import com.switchboard.it.Api;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One reading of {@code /metrics?scope=application} (Prometheus text), each line keyed as {@code name{a="1",b="2"}}
 * with its labels sorted and the scope label left out — the keys the ops dashboard's history uses.
 */
public record Scrape(Map<String, Double> values) {
    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The instance's application metrics: from {@code /metrics}, or where the server exports none there (WildFly 39
     * has no MicroProfile Metrics) from the application's own {@code /ops/metrics/now}, keyed the same way.
     */
    public static Scrape of(Api api) {
        Api.Reply reply = api.get("metrics?scope=application", null);
        if (reply.status() == 200) {
            return parse(reply.body());
        }
        Map<String, Double> values = new TreeMap<>();
        api.opsGet("ops/metrics/now").getJsonObject("values")
                .forEach((k, v) -> values.put(k, ((jakarta.json.JsonNumber) v).doubleValue()));
        return new Scrape(values);
    }

    static Scrape parse(String text) {
        Map<String, Double> values = new TreeMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = LINE.matcher(line.trim());
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            labels.remove("mp_scope");
            String key = labels.isEmpty() ? m.group(1) : m.group(1) + labels.entrySet().stream()
                    .map(e -> e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
            values.put(key, Double.parseDouble(m.group(3)));
        }
        return new Scrape(values);
    }

    /** The line's value, 0 when the series does not exist yet (a counter never incremented). */
    public double value(String key) {
        return values.getOrDefault(key, 0.0);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}
