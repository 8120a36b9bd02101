package com.switchboard.health;

import com.switchboard.platform.schedule.SweepClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Ready only while this instance's heartbeat and sweepers keep running: an instance whose heartbeat stopped is
 * taken for gone by the others (its calls are released), so a load balancer must stop sending it work.
 */
@Readiness
@ApplicationScoped
public class SweepReadiness implements HealthCheck {
    @Inject
    SweepClock clock;
    @Inject
    @ConfigProperty(name = "switchboard.health.sweep-stale-seconds", defaultValue = "20")
    long staleSeconds;

    @Override
    public HealthCheckResponse call() {
        long now = System.currentTimeMillis();
        Map<String, Long> late = clock.late(staleSeconds, now);
        HealthCheckResponseBuilder b = HealthCheckResponse.named("sweepers").status(late.isEmpty());
        clock.runs().forEach((job, run) -> b.withData(job + "-age-seconds", (now - run.at()) / 1000));
        if (!late.isEmpty()) {
            b.withData("late", String.join(",", late.keySet()));
        }
        return b.build();
    }
}
