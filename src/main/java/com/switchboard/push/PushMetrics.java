package com.switchboard.push;

import com.switchboard.platform.metrics.GaugeSource;
import com.switchboard.platform.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Long-polls parked on this instance and device pushes by provider and outcome, on {@code /metrics}. */
@ApplicationScoped
public class PushMetrics implements GaugeSource {
    @Inject
    Meters meters;
    @Inject
    PushChannel channel;

    /** One attempt's outcome as {@link PushDelivery} records it. */
    void delivery(String provider, String outcome) {
        switch (outcome) {
            case "delivered" -> meters.count("device_pushes_sent", "Device pushes accepted by their provider",
                    "provider", provider);
            case "retry" -> meters.count("device_pushes_retried", "Device push attempts to be tried again later",
                    "provider", provider);
            default -> meters.count("device_pushes_failed",
                    "Device pushes given up (failed, invalid_token, gave_up, expired)", "provider", provider,
                    "outcome", outcome);
        }
    }

    @Override
    public void sample(Meters meters) {
        meters.level("push_longpolls_parked", "lwork long-polls (VOIP-33) held open on this instance",
                channel.parkedCount());
    }
}
