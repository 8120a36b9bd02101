package com.switchboard.health;

import com.switchboard.platform.config.InsecureModes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the application answers at all; its data names the insecure compatibility modes in effect. */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {
    @Inject
    InsecureModes insecure;

    @Override
    public HealthCheckResponse call() {
        var modes = insecure.inEffect();
        var b = HealthCheckResponse.named("switchboard").up().withData("insecure-modes", modes.size());
        for (int i = 0; i < modes.size(); i++) {
            b.withData("insecure-mode-" + (i + 1), modes.get(i));
        }
        return b.build();
    }
}
