package com.switchboard.billing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.Optional;

/** Billing's settings ({@code switchboard.billing.*}, {@code switchboard.version.*}). */
@Dependent
public class BillingSettings {
    /** VOIP-48 packages per group, as JSON; unset: the six DTH packages. */
    @Inject
    @ConfigProperty(name = "switchboard.billing.packages")
    Optional<String> packages;
    /** VOIP-58 rates by longest prefix, as JSON, with a catch-all. */
    @Inject
    @ConfigProperty(name = "switchboard.billing.rates", defaultValue = BillingCatalog.DEFAULT_RATES)
    String rates;
    @Inject
    @ConfigProperty(name = "switchboard.billing.gift-minutes", defaultValue = "{\"\":60}")
    String giftMinutes;
    @Inject
    @ConfigProperty(name = "switchboard.billing.coins-per-yuan", defaultValue = "1")
    BigDecimal coinsPerYuan;
    @Inject
    @ConfigProperty(name = "switchboard.version.dth", defaultValue = "{}")
    String dthVersion;
    @Inject
    @ConfigProperty(name = "switchboard.version.common", defaultValue = "{}")
    String commonVersion;
    @Inject
    @ConfigProperty(name = "switchboard.billing.time-zone")
    public Optional<String> timeZone;
    @Inject
    @ConfigProperty(name = "switchboard.billing.order-expiry-seconds", defaultValue = "86400")
    public long orderExpirySeconds;
    /** A call "minute": each started unit is charged when it starts. */
    @Inject
    @ConfigProperty(name = "switchboard.billing.call.unit-seconds", defaultValue = "60")
    public int callUnitSeconds;
    /** The billing system's bearer token for VOIP-63..66 (unset: those endpoints answer 404). */
    @Inject
    @ConfigProperty(name = "switchboard.billing.token")
    Optional<String> token;
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.url")
    Optional<String> dthUrl;
    @Inject
    @ConfigProperty(name = "switchboard.billing.dth.token")
    Optional<String> dthToken;
    @Inject
    @ConfigProperty(name = "switchboard.billing.ltalk.company-id", defaultValue = "1")
    String ltalkCompanyId;

    public Optional<String> token() {
        return token;
    }

    public Optional<String> dthUrl() {
        return dthUrl;
    }

    /** What calls to the billing system authenticate with: its own token, else the inbound one. */
    public Optional<String> dthToken() {
        return dthToken.filter(t -> !t.isBlank()).or(() -> token);
    }

    public String ltalkCompanyId() {
        return ltalkCompanyId;
    }
}
