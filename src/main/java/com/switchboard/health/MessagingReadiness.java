package com.switchboard.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TemporaryQueue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ready only while the JMS provider (embedded engine or Artemis broker) answers. A pooled connection handle says
 * nothing about the broker, so the probe makes it do something (a temporary queue, created and deleted), and a
 * broker that does not answer within a few seconds counts as down instead of holding the probe.
 */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {
    private static final long ANSWER_SECONDS = 3;

    @Resource(name = "jms/switchboardCF")
    ConnectionFactory connectionFactory;
    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        Future<String> probe = executor.submit(() -> {
            try (JMSContext context = connectionFactory.createContext()) {
                TemporaryQueue queue = context.createTemporaryQueue();
                queue.delete();
                return context.getMetaData().getJMSProviderName();
            }
        });
        try {
            String provider = probe.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            return HealthCheckResponse.named("messaging").up().withData("provider", provider).build();
        } catch (TimeoutException e) {
            probe.cancel(true);
            return down("no answer within " + ANSWER_SECONDS + " s");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String error) {
        return HealthCheckResponse.named("messaging").down().withData("error", error).build();
    }
}
