package com.switchboard.ops;

import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.metrics.MetricsHistory;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dashboard's data: this instance's application metrics over the last 15 minutes, and as they are now (ops token;
 * on a server without MicroProfile Metrics, such as WildFly 39, the only place they can be read).
 */
@Path("ops/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsHistoryResource {
    @Inject
    MetricsHistory history;

    @GET
    @Path("history")
    @Operation(summary = "Application metrics of this instance, one point every 5 s for the last 15 minutes",
            description = "?since=<epoch ms> (points after it) → {\"step\": 5, \"times\": [ms …], \"series\": "
                    + "{\"<line as on /metrics>\": [value or null per time]}}")
    public JsonObject metricsHistory(@QueryParam("since") @DefaultValue("0") long since) {
        List<MetricsHistory.Point> points = history.since(since);
        TreeSet<String> names = new TreeSet<>();
        points.forEach(p -> names.addAll(p.values().keySet()));
        JsonArrayBuilder times = Jsons.createArrayBuilder();
        points.forEach(p -> times.add(p.epochMillis()));
        Map<String, JsonArrayBuilder> series = new LinkedHashMap<>();
        for (String name : names) {
            JsonArrayBuilder values = Jsons.createArrayBuilder();
            for (MetricsHistory.Point p : points) {
                Double v = p.values().get(name);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
            series.put(name, values);
        }
        var out = Jsons.createObjectBuilder();
        series.forEach(out::add);
        return Jsons.createObjectBuilder().add("step", MetricsHistory.STEP_SECONDS).add("times", times)
                .add("series", out).build();
    }

    @GET
    @Path("now")
    @Operation(summary = "Application metrics of this instance as they are now",
            description = "→ {\"values\": {\"<line as on /metrics>\": value}}")
    public JsonObject metricsNow() {
        var values = Jsons.createObjectBuilder();
        history.now().forEach(values::add);
        return Jsons.createObjectBuilder().add("values", values).build();
    }
}
