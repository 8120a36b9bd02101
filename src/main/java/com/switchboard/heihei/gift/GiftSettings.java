package com.switchboard.heihei.gift;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code switchboard.heihei.gift.*}. */
@Dependent
public class GiftSettings {
    /** How long a client may keep the catalogue (HH-GIFT-01 {@code expireTime}), seconds. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.gift.expire-seconds", defaultValue = "3600")
    int expireSeconds;
    /** The anchor's tickets per 100 diamonds a gift costs (HH-GIFT-02's configured conversion). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.gift.tickets-per-100-gold", defaultValue = "100")
    int ticketsPer100Gold;

    public int expireSeconds() {
        return expireSeconds;
    }

    /** The anchor's tickets for a gift of {@code gold} diamonds. */
    public long tickets(long gold) {
        return Math.multiplyExact(gold, Math.max(0, ticketsPer100Gold)) / 100;
    }
}
