package com.switchboard.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the JMS provider (embedded engine or Artemis broker) accepts a connection. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {
    @Resource(lookup = "jms/switchboardCF")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = connectionFactory.createConnection()) {
            return HealthCheckResponse.named("messaging").up()
                    .withData("provider", c.getMetaData().getJMSProviderName()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("messaging").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
