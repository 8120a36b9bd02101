package com.switchboard.billing;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.Optional;

/** Billing's settings ({@code switchboard.billing.*}, {@code switchboard.version.*}). */
@ConfigProperties(prefix = "switchboard")
public class BillingSettings {
    /** VOIP-48 packages per group, as JSON; unset: the six DTH packages. */
    @ConfigProperty(name = "billing.packages")
    Optional<String> packages;
    /** VOIP-58 rates by longest prefix, as JSON, with a catch-all. */
    @ConfigProperty(name = "billing.rates", defaultValue = BillingCatalog.DEFAULT_RATES)
    String rates;
    @ConfigProperty(name = "billing.gift-minutes", defaultValue = "{\"\":60}")
    String giftMinutes;
    @ConfigProperty(name = "billing.coins-per-yuan", defaultValue = "1")
    BigDecimal coinsPerYuan;
    @ConfigProperty(name = "version.dth", defaultValue = "{}")
    String dthVersion;
    @ConfigProperty(name = "version.common", defaultValue = "{}")
    String commonVersion;
    @ConfigProperty(name = "billing.time-zone")
    public Optional<String> timeZone;
    @ConfigProperty(name = "billing.order-expiry-seconds", defaultValue = "86400")
    public long orderExpirySeconds;
    /** A call "minute": each started unit is charged when it starts. */
    @ConfigProperty(name = "billing.call.unit-seconds", defaultValue = "60")
    public int callUnitSeconds;
    /** The billing system's bearer token for VOIP-63..66 (unset: those endpoints answer 404). */
    @ConfigProperty(name = "billing.token")
    Optional<String> token;
    @ConfigProperty(name = "billing.dth.url")
    Optional<String> dthUrl;
    @ConfigProperty(name = "billing.dth.token")
    Optional<String> dthToken;
    @ConfigProperty(name = "billing.ltalk.company-id", defaultValue = "1")
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
