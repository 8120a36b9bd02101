package com.switchboard.billing.dth;

import com.switchboard.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The billing system this deployment talks to: over HTTP at {@code switchboard.billing.dth.url}, else the offline
 * default. Calls to it authenticate with {@code switchboard.billing.dth.token}, else the inbound billing token.
 */
@ApplicationScoped
public class DthBillingSystems {
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.token")
    Optional<String> outboundToken;
    @Inject
    @ConfigProperty(name = "switchboard.billing.token")
    Optional<String> inboundToken;

    @Produces
    @Singleton
    DthBillingSystem system() {
        return Settings.value(url)
                .<DthBillingSystem>map(u -> new HttpDthBillingSystem(URI.create(u),
                        Settings.value(outboundToken).or(() -> inboundToken).orElse(null)))
                .orElseGet(OfflineDthBillingSystem::new);
    }
}
