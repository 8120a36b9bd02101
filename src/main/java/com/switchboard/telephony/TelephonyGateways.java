package com.switchboard.telephony;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Chooses this instance's gateway from {@code switchboard.telephony.gateway}: {@code simulated} (the default, and
 * the only one until a SIP trunk adapter lands) with its timings. An unknown name stops the deployment rather than
 * placing calls nowhere.
 */
@ApplicationScoped
public class TelephonyGateways {
    private static final Logger LOG = Logger.getLogger(TelephonyGateways.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    LegEventSink sink;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.gateway", defaultValue = "simulated")
    String kind;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.ring-millis", defaultValue = "100")
    long ringMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.answer-millis", defaultValue = "500")
    long answerMillis;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.no-answer-seconds", defaultValue = "60")
    long noAnswerSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.telephony.stats-seconds", defaultValue = "1")
    long statsSeconds;

    @Produces
    @Singleton
    TelephonyGateway gateway() {
        if (!"simulated".equals(kind)) {
            throw new IllegalStateException("switchboard.telephony.gateway: unknown gateway '" + kind + "'");
        }
        LOG.info("Telephony gateway: simulated");
        return new SimulatedGateway(sink::accept, scheduler, new SimulatedGateway.Timing(
                Duration.ofMillis(ringMillis), Duration.ofMillis(answerMillis), Duration.ofSeconds(noAnswerSeconds),
                Duration.ofSeconds(statsSeconds)));
    }
}
