package com.switchboard.platform.pay;

/** What a provider's verified payment did to the order it names (the once-only payment step's outcomes). */
public enum Paid {
    /** Paid now and credited. */
    PAID,
    /** This same payment was applied before (a repeated notification). */
    ALREADY,
    /** No such order. */
    UNKNOWN_ORDER,
    /** The amount paid is not the order's. */
    AMOUNT_MISMATCH,
    /** The order was paid by another payment, or by another provider than the one it was made for. */
    NOT_PAYABLE,
    /** The provider's transaction already paid another order (a reused Apple receipt, a replayed trade). */
    TXN_REUSED;

    /** Whether the order is paid by this payment (now or before): what the provider is told as success. */
    public boolean applied() {
        return this == PAID || this == ALREADY;
    }
}
