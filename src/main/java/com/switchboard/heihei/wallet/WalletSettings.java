package com.switchboard.heihei.wallet;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code switchboard.heihei.point-worth-fen}: what one ticket is worth, for balances and withdrawals alike. */
@Dependent
public class WalletSettings {
    @Inject
    @ConfigProperty(name = "switchboard.heihei.point-worth-fen", defaultValue = "5")
    long pointWorthFen;

    /** Cash value of one ticket in fen, at least 1 (so a cash amount always needs tickets). */
    public long pointWorthFen() {
        return Math.max(1, pointWorthFen);
    }
}
