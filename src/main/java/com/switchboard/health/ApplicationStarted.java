package com.switchboard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

import java.time.Instant;

/**
 * {@code /health/started}: UP once the application has finished starting (schema migrated, beans up), for
 * orchestrators that must not probe liveness before then.
 */
@Startup
@ApplicationScoped
public class ApplicationStarted implements HealthCheck {
    private volatile Instant startedAt;

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        startedAt = Instant.now();
    }

    @Override
    public HealthCheckResponse call() {
        Instant at = startedAt;
        return at == null ? HealthCheckResponse.down("switchboard-started")
                : HealthCheckResponse.named("switchboard-started").up().withData("since", at.toString()).build();
    }
}
