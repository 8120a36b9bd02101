package com.switchboard.billing.dth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The billing system this deployment talks to: over HTTP at {@code switchboard.billing.dth.url}, else the offline
 * default. Calls to it authenticate with {@code switchboard.billing.dth.token}, else the inbound billing token.
 */
@ApplicationScoped
public class DthBilling {
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.token")
    Optional<String> outboundToken;
    @Inject
    @ConfigProperty(name = "switchboard.billing.token")
    Optional<String> inboundToken;

    private DthBillingSystem system;

    @PostConstruct
    void start() {
        system = url.filter(u -> !u.isBlank())
                .<DthBillingSystem>map(u -> new HttpDthBillingSystem(URI.create(u),
                        outboundToken.filter(t -> !t.isBlank()).or(() -> inboundToken).orElse(null)))
                .orElseGet(OfflineDthBillingSystem::new);
    }

    public DthBillingSystem system() {
        return system;
    }
}
