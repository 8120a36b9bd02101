package com.switchboard.billing.dth;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link DthBillingSystem} must do: answer only what the billing system answered. */
abstract class DthBillingSystemContract {
    abstract DthBillingSystem system();

    @Test
    void anAccountTheBillingSystemDoesNotKnowHasNoFigures() {
        assertTrue(system().remainingMinutes("no-such-account").isEmpty());
        assertTrue(system().detailRecords("no-such-account", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 28))
                .isEmpty());
    }
}
