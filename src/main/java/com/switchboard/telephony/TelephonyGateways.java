package com.switchboard.telephony;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

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
    TelephonySettings settings;
    @Inject
    LegEventSink sink;

    @Produces
    @Singleton
    TelephonyGateway gateway() {
        if (!"simulated".equals(settings.gateway)) {
            throw new IllegalStateException("switchboard.telephony.gateway: unknown gateway '" + settings.gateway
                    + "'");
        }
        LOG.info("Telephony gateway: simulated");
        return new SimulatedGateway(sink::accept, scheduler, new SimulatedGateway.Timing(
                Duration.ofMillis(settings.ringMillis), Duration.ofMillis(settings.answerMillis),
                        Duration.ofSeconds(settings.noAnswerSeconds),
                Duration.ofSeconds(settings.statsSeconds)));
    }
}
