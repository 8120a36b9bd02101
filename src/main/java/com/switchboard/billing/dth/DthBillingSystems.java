package com.switchboard.billing.dth;

import com.switchboard.billing.BillingSettings;
import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * The billing system this deployment talks to: over HTTP at {@code switchboard.billing.dth.url}, else the offline
 * default. Calls to it authenticate with {@code switchboard.billing.dth.token}, else the inbound billing token.
 */
@ApplicationScoped
public class DthBillingSystems {
    @Inject
    BillingSettings settings;

    @Produces
    @Singleton
    DthBillingSystem system() {
        return Settings.value(settings.dthUrl())
                .<DthBillingSystem>map(u -> new HttpDthBillingSystem(URI.create(u),
                        settings.dthToken().orElse(null)))
                .orElseGet(OfflineDthBillingSystem::new);
    }
}
